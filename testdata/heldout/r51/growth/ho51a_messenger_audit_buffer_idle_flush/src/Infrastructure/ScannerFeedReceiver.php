<?php

namespace App\Infrastructure;

use App\Message\ShipmentScanned;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/** Pulls scan events from the depot broker, one delivery per get(). */
final class ScannerFeedReceiver implements ReceiverInterface
{
    private const DEPOTS = ['AMS-1', 'RTM-2', 'UTR-1', 'EIN-3'];

    private int $deliveryTag = 0;

    public function get(): iterable
    {
        $tag = ++$this->deliveryTag;
        $body = json_encode([
            'shipment' => sprintf('SHP%010d', 7000000 + $tag),
            'scanner' => 'HS-' . ($tag % 37),
            'depot' => self::DEPOTS[$tag % 4],
            'ts' => 1700000000 + $tag * 13,
            'geo' => ['lat' => 52.0 + $tag % 100 / 1000, 'lng' => 4.9 + $tag % 70 / 1000],
        ]);
        $data = json_decode($body, true);

        return [new Envelope(new ShipmentScanned(
            $data['shipment'],
            $data['scanner'],
            $data['depot'],
            (new \DateTimeImmutable('@' . $data['ts'])),
            $body,
        ), [new TransportMessageIdStamp($tag)])];
    }

    public function ack(Envelope $envelope): void
    {
    }

    public function reject(Envelope $envelope): void
    {
    }
}
