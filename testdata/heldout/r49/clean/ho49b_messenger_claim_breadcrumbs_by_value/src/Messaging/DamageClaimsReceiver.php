<?php
namespace App\Messaging;

use App\Message\AssessDamageReport;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/**
 * Receiver for the damage_claims queue (an AMQP receiver plus the serializer
 * in production). The stand-in broker holds PHPLEAK_N inspection reports.
 */
final class DamageClaimsReceiver implements ReceiverInterface
{
    private int $delivered = 0;
    private int $acked = 0;
    private int $limit;

    public function __construct()
    {
        $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
    }

    public function get(): iterable
    {
        if ($this->delivered >= $this->limit) {
            return [];
        }
        $i = $this->delivered++;
        $panels = ['front_bumper', 'rear_bumper', 'door_fl', 'door_rr', 'bonnet', 'wing_rl'];
        $marks = [];
        for ($k = 0; $k < 1 + $i % 3; $k++) {
            $marks[] = ['panel' => $panels[($i + $k) % 6], 'severity' => 1 + ($i + $k) % 3, 'note' => 'scratch ' . (3 + $k) . 'cm'];
        }

        return [new Envelope(new AssessDamageReport(
            sprintf('DR-%06d', 310000 + $i),
            sprintf('LD%02d KZP', $i % 100),
            sprintf('RA-%07d', 8800000 + $i),
            $marks,
            ['s3://inspections/' . bin2hex(random_bytes(8)) . '.jpg'],
            'staff-' . (300 + $i % 25),
        ), [new TransportMessageIdStamp((string) (1000 + $i))])];
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }

    public function reject(Envelope $envelope): void
    {
    }
}
