<?php
// A stream consumer reads messages from a generator and keeps every handled envelope.

final class Envelope
{
    public function __construct(public readonly object $message, public readonly array $stamps) {}
}

final class OrderPlaced
{
    public function __construct(public readonly int $orderId, public readonly array $lines) {}
}

final class StreamConsumer
{
    /** @var Envelope[] */
    private array $handled = [];

    public function __construct(private int $limit) {}

    private function messages(): Generator
    {
        for ($i = 0; $i < $this->limit; $i++) {
            yield new Envelope(new OrderPlaced($i, ['sku-1' => 2, 'sku-2' => 1]), ['received_at' => microtime(true), 'transport' => str_repeat('redis', 20)]);
        }
    }

    public function consume(): void
    {
        foreach ($this->messages() as $envelope) {
            $this->handle($envelope);
            $this->handled[] = $envelope; // leak
        }
    }

    private function handle(Envelope $envelope): void
    {
        array_sum($envelope->message->lines);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$consumer = new StreamConsumer($n);
$consumer->consume();
