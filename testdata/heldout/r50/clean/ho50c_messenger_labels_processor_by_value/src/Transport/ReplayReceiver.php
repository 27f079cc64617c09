<?php

namespace App\Transport;

use App\Message\ImportProductRow;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/** Stand-in for the doctrine transport: hands out queued rows in batches. */
final class ReplayReceiver implements ReceiverInterface
{
    private int $next = 0;

    private int $acked = 0;

    public function __construct(private int $available)
    {
    }

    public function get(): iterable
    {
        if ($this->next >= $this->available) {
            return [];
        }
        $i = $this->next++;
        $batch = sprintf('feed-%s-%03d', date('Ymd'), intdiv($i, 500));

        return [new Envelope(
            new ImportProductRow($batch, $i, sprintf('SKU-%07d', 300000 + $i), 'Imported product ' . $i, 999 + $i % 5000, [
                'color' => ['red', 'oak', 'black'][$i % 3],
                'width_cm' => 40 + $i % 80,
            ]),
            [new TransportMessageIdStamp(800000 + $i)],
        )];
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }

    public function reject(Envelope $envelope): void
    {
    }
}
