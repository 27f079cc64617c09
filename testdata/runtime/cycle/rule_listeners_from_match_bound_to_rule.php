<?php
// A pricing rule is built per quote request and listens on its own small
// event bus; the listener for each trigger is picked by a match in a
// helper, and every arm is a closure bound to the rule (an arrow function
// reading $this, or Closure::fromCallable([$this, …])). The bus keeps the
// closures, the closures keep the rule, the rule keeps the bus.

final class RuleBus
{
    /** @var array<string, list<Closure>> */
    private array $listeners = [];

    public function listen(string $trigger, Closure $listener): void
    {
        $this->listeners[$trigger][] = $listener; // leak
    }

    public function fire(string $trigger, array $quote): void
    {
        foreach ($this->listeners[$trigger] ?? [] as $listener) {
            $listener($quote);
        }
    }
}

final class PricingRule
{
    private RuleBus $bus;

    /** @var list<string> */
    private array $applied = [];

    public function __construct(public readonly string $name, array $triggers)
    {
        $this->bus = new RuleBus();
        foreach ($triggers as $trigger) {
            $this->bus->listen($trigger, $this->listenerFor($trigger)); // leak
        }
    }

    public function apply(string $trigger, array $quote): array
    {
        $this->applied = [];
        $this->bus->fire($trigger, $quote);

        return $this->applied;
    }

    private function listenerFor(string $trigger): Closure
    {
        return match ($trigger) {
            'cart.changed', 'cart.opened' => fn (array $quote) => $this->discount($quote), // leak
            default => Closure::fromCallable([$this, 'surcharge']), // leak
        };
    }

    private function discount(array $quote): void
    {
        $this->applied[] = sprintf('%s: -%d%% on %s', $this->name, 5, $quote['sku']);
    }

    private function surcharge(array $quote): void
    {
        $this->applied[] = sprintf('%s: +%d on %s', $this->name, 2, $quote['sku']);
    }
}

function quote(string $sku, int $i): array
{
    $rule = new PricingRule("rule-$i", ['cart.changed', 'checkout.started']);

    return $rule->apply($i % 2 ? 'cart.changed' : 'checkout.started', ['sku' => $sku]);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    quote("SKU-$i", $i);
}
