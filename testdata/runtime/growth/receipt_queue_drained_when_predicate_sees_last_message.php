<?php
// A webhook relay consumer buffers delivery receipts and writes them in
// batches. Whether to write is asked of the buffer (shouldFlush()),
// which answers whether the receipt closed a delivery run; the feed
// never marks one as the last, so the buffer is never drained.

final class Receipt
{
    public function __construct(public readonly string $endpoint, public readonly int $status, public readonly string $body)
    {
    }
}

final class ReceiptBuffer
{
    private SplQueue $rows;

    public function __construct(private int $batch)
    {
        $this->rows = new SplQueue();
    }

    public function add(Receipt $receipt): void
    {
        $this->rows->enqueue($receipt); // leak
    }

    public function shouldFlush(bool $last): bool
    {
        return $last && !$this->rows->isEmpty();
    }

    /** @return list<Receipt> */
    public function take(): array
    {
        $rows = [];
        while (!$this->rows->isEmpty()) {
            $rows[] = $this->rows->dequeue();
        }
        return $rows;
    }
}

final class Relay
{
    public int $written = 0;

    public function __construct(private ReceiptBuffer $buffer)
    {
    }

    public function deliver(array $message): void
    {
        $this->buffer->add(new Receipt($message['endpoint'], 200 + $message['attempt'] % 3, str_repeat('ok ', 200)));
        if ($this->buffer->shouldFlush((bool) $message['last'])) {
            $this->written += count($this->buffer->take());
        }
    }
}

$relay = new Relay(new ReceiptBuffer(25));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $relay->deliver(json_decode(json_encode(['endpoint' => 'https://hooks.example.com/' . ($i % 7), 'attempt' => $i, 'last' => false]), true));
}
