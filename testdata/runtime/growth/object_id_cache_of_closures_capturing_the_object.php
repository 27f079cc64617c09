<?php
// A long-lived exporter caches one reader per object, keyed by the object's
// id. Each reader captures the order it was made for (use ($order)), so the
// cache keeps every order alive, no id is ever handed on, and the cache
// gains an entry per request.

final class Order
{
    public function __construct(
        private int $id,
        private string $customer,
        private array $lines,
    ) {
    }
}

final class OrderExporter
{
    /** @var array<int, Closure> */
    private array $readers = [];

    public function export(object $order): array
    {
        $key = spl_object_id($order);
        $this->readers[$key] ??= $this->readerFor($order); // leak
        return ($this->readers[$key])();
    }

    private function readerFor(object $order): Closure
    {
        $read = static function () use ($order): array {
            return (fn (): array => get_object_vars($this))->call($order);
        };
        return $read;
    }
}

$exporter = new OrderExporter();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $order = new Order($i, "customer-{$i}", array_fill(0, 8, str_repeat('x', 40)));
    $exporter->export($order);
    unset($order);
}
