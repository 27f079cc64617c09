<?php

declare(strict_types=1);

namespace App\Domain;

/**
 * @implements \IteratorAggregate<int, OrderLine>
 */
final class LineCollection implements \IteratorAggregate, \Countable
{
    /** @var list<OrderLine> */
    private array $items = [];

    public function add(OrderLine $line): void
    {
        $this->items[] = $line; // leak
    }

    public function sum(callable $callback): int
    {
        return array_sum(array_map($callback, $this->items));
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->items);
    }

    public function count(): int
    {
        return \count($this->items);
    }
}

final class Order
{
    private LineCollection $lines;

    private int $totalCents = 0;

    public function __construct(
        public readonly string $id,
        public readonly string $currency,
        public readonly string $shipToCountry,
        public readonly string $customerNote,
    ) {
        $this->lines = new LineCollection();
    }

    public function addLine(string $sku, string $title, int $quantity, int $unitCents): OrderLine
    {
        $line = OrderLine::forOrder($this, $sku, $title, $quantity, $unitCents);
        $this->lines->add($line); // leak

        return $line;
    }

    public function lines(): LineCollection
    {
        return $this->lines;
    }

    public function recalculate(): int
    {
        return $this->totalCents = $this->lines->sum(static fn (OrderLine $line): int => $line->grossCents());
    }
}
