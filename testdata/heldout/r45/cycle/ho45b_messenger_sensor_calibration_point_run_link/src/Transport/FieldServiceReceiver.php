<?php

namespace App\Transport;

use App\Message\CalibrateSensor;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/** Doctrine-backed queue in production; fed here by the tablets' upload log. */
final class FieldServiceReceiver implements ReceiverInterface
{
    private const KINDS = ['temperature', 'humidity', 'pressure'];
    private const REFERENCES = ['temperature' => [-20.0, 0.0, 20.0, 40.0], 'humidity' => [10.0, 35.0, 75.0, 95.0], 'pressure' => [800.0, 900.0, 1000.0, 1060.0]];

    private int $sequence = 0;

    public function get(): iterable
    {
        $n = $this->sequence++;
        $kind = self::KINDS[$n % 3];
        $comparisons = [];
        foreach (self::REFERENCES[$kind] as $k => $ref) {
            $comparisons[] = [
                'reference' => $ref,
                'reading' => $ref * (1 + (($n + $k) % 7 - 3) / 2000) + 0.05,
                'chamber' => 'CH-' . (1 + $n % 4),
            ];
        }
        yield new Envelope(new CalibrateSensor(
            sensorId: sprintf('AWS%03d-%s', $n % 40, strtoupper(substr($kind, 0, 1))),
            kind: $kind,
            technician: ['jmorales', 'akowalski', 'tnguyen'][$n % 3],
            chamberBias: 0.01 * ($n % 5),
            comparisons: $comparisons,
        ));
    }

    public function ack(Envelope $envelope): void
    {
    }

    public function reject(Envelope $envelope): void
    {
    }
}
