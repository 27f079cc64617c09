<?php

declare(strict_types=1);

namespace App\Transport;

use App\Message\LabOrderPlaced;
use App\Message\LabResultReceived;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/**
 * Reads ORM (order) and ORU (result) messages from the lab interface engine.
 * Locally it replays a recorded feed: each order followed by its result.
 */
final class LisHl7Receiver implements ReceiverInterface
{
    private const TESTS = [
        ['BCX', 'Blood culture, aerobic and anaerobic'],
        ['UCX', 'Urine culture'],
        ['PATH', 'Surgical pathology, skin biopsy'],
        ['HCV-RNA', 'Hepatitis C RNA, quantitative PCR'],
        ['GENE', 'Hereditary cancer panel'],
    ];

    private int $cursor = 0;
    private readonly int $length;

    public function __construct(private readonly string $feedName, private readonly int $feedEpoch)
    {
        $this->length = (int) (getenv('PHPLEAK_N') ?: 100);
    }

    public function get(): iterable
    {
        if ($this->cursor >= $this->length) {
            return [];
        }
        $i = $this->cursor++;
        [$code, $name] = self::TESTS[$i % count(self::TESTS)];
        $orderId = sprintf('ORD%010d', 5500000000 + $i);
        $placedAt = $this->feedEpoch + $i * 20;

        return [
            new Envelope(new LabOrderPlaced(
                $orderId,
                sprintf('pt_%07d', 100000 + ($i * 37) % 99991),
                $code,
                $name,
                ['Dr. Okafor', 'Dr. Lindqvist', 'NP Ramanathan', 'Dr. Costa'][$i % 4],
                ['Quest Diagnostics', 'LabCorp', 'ARUP Laboratories'][$i % 3],
                $placedAt,
            ), [new TransportMessageIdStamp($this->feedName . ':ORM:' . $i)]),
            new Envelope(new LabResultReceived($orderId, 'F', $placedAt + 15), [new TransportMessageIdStamp($this->feedName . ':ORU:' . $i)]),
        ];
    }

    public function ack(Envelope $envelope): void
    {
    }

    public function reject(Envelope $envelope): void
    {
    }
}
