<?php

namespace App\Transport;

use App\Message\TicketScanned;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/** Stand-in for the AMQP queue the gate handhelds publish to. */
final class GateFeedReceiver implements ReceiverInterface
{
    private int $sequence = 0;
    private int $acked = 0;

    public function get(): iterable
    {
        $i = $this->sequence++;
        $gates = ['G1', 'G2', 'G3', 'G4', 'G7', 'VIP-A'];

        yield new Envelope(new TicketScanned(
            barcode: sprintf('SEA-%d-%s', 2026, strtoupper(bin2hex(random_bytes(10)))),
            gate: $gates[$i % count($gates)],
            deviceId: sprintf('HH-%03d', $i % 40),
            stewardBadge: 'ST' . random_int(10000, 99999),
            scannedAt: (new \DateTimeImmutable('@1767225600'))->modify("+{$i} seconds"),
            rawRead: base64_encode(random_bytes(96)),
        ));
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }
}
