<?php
// A queue consumer imports order messages into Order aggregates whose OrderLine children keep a weak reference to their order for totals and validation.

final class Message
{
    public function __construct(public string $id, public string $body) {}
}

final class InMemoryQueue
{
    private int $delivered = 0;
    public function __construct(private int $limit) {}

    public function receive(): ?Message
    {
        if ($this->delivered >= $this->limit) {
            return null;
        }
        $n = $this->delivered++;
        return new Message("msg-{$n}", json_encode([
            'number' => sprintf('SO-%06d', $n),
            'customer' => "customer-{$n}@example.org",
            'note' => str_repeat("deliver to back door #{$n} ", 12),
            'lines' => [['sku' => "A-{$n}", 'qty' => 2, 'price' => 1250], ['sku' => "B-{$n}", 'qty' => 1, 'price' => 990]],
        ]));
    }

    public function ack(Message $m): void {}
}

final class Order
{
    /** @var OrderLine[] */
    private array $lines = [];

    public function __construct(public readonly string $number, public readonly string $customer, public readonly string $note) {}

    public function addLine(string $sku, int $qty, int $price): OrderLine
    {
        $line = new OrderLine($this, $sku, $qty, $price);
        $this->lines[] = $line;
        return $line;
    }

    public function total(): int
    {
        return array_sum(array_map(fn (OrderLine $l) => $l->subtotal(), $this->lines));
    }
}

final class OrderLine
{
    private WeakReference $order;

    public function __construct(
        Order $order,
        public readonly string $sku,
        public readonly int $qty,
        public readonly int $price,
    ) {
        $this->order = WeakReference::create($order);
    }

    public function subtotal(): int { return $this->qty * $this->price; }
    public function orderNumber(): string { return $this->order->get()?->number ?? ''; }
}

final class OrderImporter
{
    public int $imported = 0;

    public function import(array $payload): int
    {
        $order = new Order($payload['number'], $payload['customer'], $payload['note']);
        foreach ($payload['lines'] as $row) {
            $order->addLine($row['sku'], $row['qty'], $row['price']);
        }
        $this->imported++;
        return $order->total();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$queue = new InMemoryQueue($n);
$importer = new OrderImporter();
while ($message = $queue->receive()) {
    $importer->import(json_decode($message->body, true));
    $queue->ack($message);
}
