<?php

declare(strict_types=1);

namespace App\Message;

use Messenger\Envelope;
use Messenger\TransportInterface;
use Messenger\TransportMessageIdStamp;

/** Local stand-in for the AMQP transport: yields a fixed number of orders, one batch at a time. */
final class SequenceTransport implements TransportInterface
{
    private int $next = 0;
    private int $acked = 0;
    private int $rejected = 0;

    public function __construct(private readonly int $total, private readonly int $batchSize = 10)
    {
    }

    public function get(): iterable
    {
        $end = min($this->total, $this->next + $this->batchSize);
        for (; $this->next < $end; $this->next++) {
            $id = $this->next;
            yield new Envelope(
                new GenerateInvoice(10_000 + $id, "customer{$id}@shop.test"),
                [new TransportMessageIdStamp('msg-' . $id)],
            );
        }
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
