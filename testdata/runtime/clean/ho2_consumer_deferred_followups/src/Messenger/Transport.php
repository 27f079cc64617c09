<?php

declare(strict_types=1);

namespace Acme\Messenger;

use Acme\Clock\SimulatedClock;

final class Envelope
{
    /** @param array<string, mixed> $body */
    public function __construct(
        public readonly string $id,
        public readonly string $type,
        public readonly array $body,
        public readonly int $attempt = 1,
    ) {}
}

interface ReceiverInterface
{
    public function get(): ?Envelope;

    public function ack(Envelope $envelope): void;
}

/**
 * Stand-in for an AMQP/Redis receiver: yields a fixed number of product import messages.
 */
final class ReplayReceiver implements ReceiverInterface
{
    private int $delivered = 0;
    private int $acked = 0;

    public function __construct(private SimulatedClock $clock, private int $messages) {}

    public function get(): ?Envelope
    {
        if ($this->delivered >= $this->messages) {
            return null;
        }
        $this->clock->sleep(1.0);
        $i = ++$this->delivered;

        return new Envelope(sprintf('msg-%06d', $i), 'catalog.product_imported', [
            'sku' => sprintf('SKU-%05d', 10000 + $i),
            'name' => "Imported product {$i}",
            'description' => str_repeat("Long marketing copy for product {$i}. ", 12),
            'attributes' => ['color' => ['red', 'blue'][$i % 2], 'size' => ['S', 'M', 'L'][$i % 3]],
        ]);
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }
}
