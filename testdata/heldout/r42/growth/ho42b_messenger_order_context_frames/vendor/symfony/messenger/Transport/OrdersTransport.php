<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Transport;

use Symfony\Component\Messenger\Envelope;

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

/**
 * Stand-in for an AMQP/Redis receiver: decodes one message per get() with
 * the configured serializer until the broker is drained.
 */
final class BrokerReceiver implements ReceiverInterface
{
    private int $delivered = 0;
    private int $acked = 0;

    /** @param \Closure(int): object $decode */
    public function __construct(private readonly int $limit, private readonly \Closure $decode)
    {
    }

    public function get(): iterable
    {
        if ($this->delivered >= $this->limit) {
            return [];
        }

        return [new Envelope(($this->decode)(++$this->delivered))];
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }

    public function isDrained(): bool
    {
        return $this->delivered >= $this->limit;
    }
}
