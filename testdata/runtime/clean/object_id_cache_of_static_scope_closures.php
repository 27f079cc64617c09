<?php
// A long-lived exporter caches one reader per object, keyed by the object's
// id. Each reader is a static closure bound to the object's class scope: it
// holds no object, so when the order is freed its id goes to the next one
// and the cache entry is written again.

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
        $this->readers[$key] ??= $this->readerFor($order);
        return ($this->readers[$key])($order);
    }

    private function readerFor(object $order): Closure
    {
        $read = static fn (object $o): array => get_object_vars($o);
        return Closure::bind($read, null, $order::class);
    }
}

$exporter = new OrderExporter();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $order = new Order($i, "customer-{$i}", array_fill(0, 8, str_repeat('x', 40)));
    $exporter->export($order);
    unset($order);
}
