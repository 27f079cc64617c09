<?php
// A cart runs an unbound discount rule with ->call($this) and keeps the rule itself; ->call binds only for that call, so the stored closure has no $this.

final class Cart
{
    /** @var list<Closure> */
    private array $appliedRules = [];
    private array $lines = [];
    private int $discount = 0;

    public function __construct(private string $customer)
    {
    }

    public function add(string $sku, int $cents, string $description): void
    {
        $this->lines[] = ['sku' => $sku, 'cents' => $cents, 'description' => $description];
    }

    public function applyRule(Closure $rule): void
    {
        $this->discount += $rule->call($this);
        $this->appliedRules[] = $rule;
    }

    public function total(): int
    {
        return array_sum(array_column($this->lines, 'cents')) - $this->discount;
    }
}

function bulkDiscount(int $minLines, int $percent): Closure
{
    return function () use ($minLines, $percent): int {
        if (count($this->lines) < $minLines) {
            return 0;
        }
        return intdiv(array_sum(array_column($this->lines, 'cents')) * $percent, 100);
    };
}

function handle(int $i): int
{
    $cart = new Cart("customer-{$i}");
    for ($l = 0; $l < 3; $l++) {
        $cart->add("SKU-{$i}-{$l}", 1999 + $l, str_repeat('organic cotton tee ', 12));
    }
    $cart->applyRule(bulkDiscount(3, 10));
    return $cart->total();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
