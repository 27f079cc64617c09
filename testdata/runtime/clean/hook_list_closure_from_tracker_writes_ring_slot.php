<?php
// A checkout service runs a list of hooks after every order. The list is
// built once from the global hooks and the closure the conversion tracker
// hands out, and that closure writes each order into one of 32 slots of
// the tracker's ring, overwriting the oldest.

final class ConversionTracker
{
    /** @var array<int, string> */
    private array $orders = [];
    private int $next = 0;

    public function recorder(): Closure
    {
        return function (array $order): void {
            $this->orders[$this->next++ % 32] = $order['id'] . ' ' . $order['total'] . ' ' . $order['note'];
        };
    }
}

final class Checkout
{
    /** @var list<Closure> */
    private array $hooks = [];

    /** @param list<Closure> $globalHooks */
    public function __construct(private readonly ConversionTracker $tracker, private readonly array $globalHooks = [])
    {
    }

    public function complete(array $order): void
    {
        foreach ($this->hooks() as $hook) {
            $hook($order);
        }
    }

    /** @return list<Closure> */
    private function hooks(): array
    {
        return $this->hooks = $this->hooks ?: array_merge($this->globalHooks, [$this->tracker->recorder()]);
    }
}

$checkout = new Checkout(new ConversionTracker(), [static function (array $order): void {
}]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $checkout->complete(['id' => 'ord-' . (70000 + $i), 'total' => 1999 + $i, 'note' => str_repeat('gift wrap ', 60)]);
}
