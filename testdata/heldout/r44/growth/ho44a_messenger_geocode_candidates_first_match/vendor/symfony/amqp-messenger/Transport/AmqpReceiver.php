<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Bridge\Amqp\Transport;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/**
 * Consumes the "geocode" queue. Messages are decoded by the configured
 * serializer callback; the broker connection is replaced by the queue's
 * recorded traffic.
 */
class AmqpReceiver implements ReceiverInterface
{
    private int $delivered = 0;
    private int $acked = 0;
    private int $rejected = 0;
    private readonly int $available;

    /** @param \Closure(int): object $decoder */
    public function __construct(private readonly \Closure $decoder)
    {
        $this->available = (int) (getenv('PHPLEAK_N') ?: 100);
    }

    public function get(): iterable
    {
        if ($this->delivered >= $this->available) {
            return [];
        }

        return [new Envelope(($this->decoder)($this->delivered++))];
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }

    public function reject(Envelope $envelope): void
    {
        $this->rejected++;
    }
}
