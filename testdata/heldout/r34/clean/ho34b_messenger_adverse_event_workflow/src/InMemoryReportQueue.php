<?php

declare(strict_types=1);

namespace App;

use App\Message\SubmitAdverseEventReport;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;
use Symfony\Component\Messenger\Transport\ReceiverInterface;

/** Stand-in for the doctrine:// transport the safety database publishes to. */
final class InMemoryReportQueue implements ReceiverInterface
{
    private const TERMS = ['Nausea', 'Hepatotoxicity', 'Anaphylactic reaction', 'Headache', 'Neutropenia', 'Myocardial infarction', 'Rash maculo-papular'];
    private const SERIOUSNESS = [[], ['hospitalisation'], [], ['life-threatening', 'hospitalisation'], [], ['death'], ['medically important']];
    private const CAUSALITY = ['not related', 'possibly related', 'related', 'unlikely related', 'probably related'];

    private int $next = 0;
    public int $acked = 0;

    public function __construct(private readonly int $total)
    {
    }

    public function get(): iterable
    {
        for ($batch = 0; $batch < 10 && $this->next < $this->total; $batch++) {
            $i = $this->next++;
            $term = self::TERMS[$i % 7];
            $subject = sprintf('%s-%03d', ['1001', '1002', '2001', '3004'][$i % 4], 1 + $i % 180);
            yield (new Envelope(new SubmitAdverseEventReport(
                sprintf('AER-2024-%06d', 4200 + $i),
                ['ONC-301', 'CARD-114'][$i % 2],
                $i % 29 === 0 ? '' : $subject,
                $term,
                date('Y-m-d', 1717000000 - ($i % 40) * 86400),
                self::SERIOUSNESS[($i * 3) % 7],
                self::CAUSALITY[$i % 5],
                $i % 11 === 0 ? 'device' : 'drug',
                "Subject {$subject} experienced {$term} on study day " . (12 + $i % 90) . '. Investigator reports event ' . self::CAUSALITY[$i % 5] . ' to study treatment; treatment ' . ['continued', 'interrupted', 'discontinued'][$i % 3] . '.',
            )))->with(new TransportMessageIdStamp((string) (900000 + $i)));
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
