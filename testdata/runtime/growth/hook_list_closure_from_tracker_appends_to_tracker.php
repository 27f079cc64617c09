<?php
// A checkout service runs a list of hooks after every order. The list is
// built once from the global hooks and the closure the conversion tracker
// hands out, and that closure appends every order to the tracker, which
// the hook list keeps alive for the whole worker.

final class ConversionTracker
{
    /** @var list<string> */
    private array $orders = [];

    public function recorder(): Closure
    {
        return function (array $order): void {
            $this->orders[] = $order['id'] . ' ' . $order['total'] . ' ' . $order['note']; // leak
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
