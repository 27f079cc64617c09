<?php

namespace App\Transport;

use App\Message\ImportShipment;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;
use Symfony\Component\Messenger\TransportMessageIdStamp;

/**
 * Stands in for the AMQP queue the carriers' webhook relay publishes to.
 */
final class CarrierFeedReceiver implements ReceiverInterface
{
    private int $delivered = 0;
    private int $acked = 0;

    public function __construct(private readonly int $total, private readonly int $batchSize)
    {
    }

    public function get(): iterable
    {
        $batch = [];
        for ($k = 0; $k < $this->batchSize && $this->delivered < $this->total; $k++) {
            $i = $this->delivered++;
            $carrier = ['dhl', 'ups', 'dpd', 'royalmail'][$i % 4];
            $batch[] = new Envelope(new ImportShipment($carrier, [
                'tracking_number' => sprintf('%s%012d', strtoupper($carrier), 880000 + $i),
                'recipient' => 'Recipient ' . $i,
                'address' => ["Flat $i", ($i % 90 + 1) . ' Harbour Road', 'Leith', 'EH6 ' . ($i % 9) . 'QT', 'United Kingdom'],
                'shipped_at' => '2024-03-' . sprintf('%02d', $i % 28 + 1) . 'T08:15:00+00:00',
                'events' => [
                    ['status' => 'label_created', 'location' => 'Edinburgh depot', 'at' => '2024-03-01T08:15:00Z'],
                    ['status' => 'in_transit', 'location' => 'Newcastle hub', 'at' => '2024-03-01T19:40:00Z'],
                    ['status' => 'out_for_delivery', 'location' => 'Leith', 'at' => '2024-03-02T07:05:00Z'],
                ],
            ]), [new TransportMessageIdStamp(bin2hex(random_bytes(8)))]);
        }

        return $batch;
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }

    public function reject(Envelope $envelope): void
    {
    }
}
