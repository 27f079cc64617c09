<?php

declare(strict_types=1);

/*
 * Import daemon: pulls order export rows from a partner feed, maps each
 * one to an Order aggregate with its lines, and bulk-inserts the rows.
 * Aggregates are discarded once written.
 */

final class OrderLineCollection implements \IteratorAggregate, \Countable
{
    /** @var list<OrderLine> */
    private array $elements = [];

    public function __construct(
        private Order $owner, // leak
    ) {
    }

    public function add(OrderLine $line): void
    {
        $line->setOrder($this->owner); // leak
        $this->elements[] = $line; // leak
    }

    public function getOwner(): Order
    {
        return $this->owner;
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->elements);
    }

    public function count(): int
    {
        return count($this->elements);
    }
}

final class OrderLine
{
    private ?Order $order = null;

    public function __construct(
        public readonly string $sku,
        public readonly string $description,
        public readonly int $quantity,
        public readonly int $unitPriceCents,
    ) {
    }

    public function setOrder(Order $order): void
    {
        $this->order = $order; // leak
    }

    public function getOrder(): ?Order
    {
        return $this->order;
    }

    public function totalCents(): int
    {
        return $this->quantity * $this->unitPriceCents;
    }
}

final class Order
{
    private OrderLineCollection $lines;

    public function __construct(
        public readonly string $externalId,
        public readonly string $customerEmail,
        public readonly string $shippingAddress,
        public readonly \DateTimeImmutable $placedAt,
    ) {
        $this->lines = new OrderLineCollection($this); // leak
    }

    public function addLine(string $sku, string $description, int $quantity, int $unitPriceCents): OrderLine
    {
        $line = new OrderLine($sku, $description, $quantity, $unitPriceCents);
        $this->lines->add($line);

        return $line;
    }

    public function getLines(): OrderLineCollection
    {
        return $this->lines;
    }
}

final class OrderMapper
{
    public function fromExportRow(array $row): Order
    {
        $order = new Order(
            $row['order_ref'],
            strtolower(trim($row['email'])),
            $row['ship_to'],
            new \DateTimeImmutable($row['placed_at']),
        );
        foreach (explode('|', $row['items']) as $item) {
            [$sku, $qty, $price, $desc] = explode(':', $item);
            $order->addLine($sku, $desc, (int) $qty, (int) $price);
        }

        return $order;
    }
}

final class BulkInserter
{
    private int $written = 0;

    public function insertOrder(Order $order): void
    {
        $rows = [];
        foreach ($order->getLines() as $line) {
            $rows[] = [$line->getOrder()->externalId, $line->sku, $line->quantity, $line->totalCents()];
        }
        // INSERT INTO order_line ... VALUES (...), (...)
        $this->written += count($rows);
    }
}

function partnerFeed(int $limit): \Generator
{
    for ($i = 1; $i <= $limit; $i++) {
        yield [
            'order_ref' => sprintf('PX-%d-%05d', 2024, $i),
            'email' => " Buyer{$i}@Example.COM ",
            'ship_to' => sprintf('%d Kade, %04d AB Utrecht', $i % 300, 3500 + $i % 99),
            'placed_at' => gmdate('Y-m-d\TH:i:s\Z', 1704067200 + $i * 97),
            'items' => sprintf('SKU-%d:%d:1299:Ceramic mug, 350 ml|SKU-%d:1:4599:Pour-over kettle', $i % 40, 1 + $i % 3, 100 + $i % 7),
        ];
    }
}

// --- daemon ---------------------------------------------------------------
$mapper = new OrderMapper();
$inserter = new BulkInserter();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
foreach (partnerFeed($n) as $row) {
    $order = $mapper->fromExportRow($row);
    $inserter->insertOrder($order);
    unset($order);
}
