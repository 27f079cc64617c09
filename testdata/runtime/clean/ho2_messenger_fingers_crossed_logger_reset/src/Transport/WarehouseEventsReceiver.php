<?php

namespace App\Transport;

use App\Message\ShipmentDispatched;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/**
 * Pulls shipment events published by the warehouse system.
 */
final class WarehouseEventsReceiver implements ReceiverInterface
{
    private int $delivered = 0;
    private int $acked = 0;

    public function __construct(private readonly int $available)
    {
    }

    public function get(): iterable
    {
        while ($this->delivered < $this->available) {
            $seq = $this->delivered++;
            yield new Envelope(new ShipmentDispatched(
                sprintf('SO-%08d', 200000 + $seq),
                ['dhl', 'ups', 'gls'][$seq % 3],
                sprintf('JJD%018d', $seq * 7919),
                sprintf('buyer-%d@mail.example.net', $seq),
                1 + $seq % 4,
            ));
        }
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }

    public function reject(Envelope $envelope): void
    {
    }
}
