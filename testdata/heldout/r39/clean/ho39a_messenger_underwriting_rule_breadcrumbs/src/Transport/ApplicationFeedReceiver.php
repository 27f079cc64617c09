<?php

namespace App\Transport;

use App\Message\AssessApplication;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/** Pulls new applications from the quoting portal's queue, a batch at a time. */
final class ApplicationFeedReceiver implements ReceiverInterface
{
    private int $next = 0;

    public function __construct(private int $total, private int $batchSize = 10)
    {
    }

    public function get(): iterable
    {
        $occupations = ['roofer', 'teacher', 'nurse', 'software engineer', 'commercial diver', 'accountant'];
        $end = min($this->total, $this->next + $this->batchSize);
        for (; $this->next < $end; $this->next++) {
            $i = $this->next;
            yield new Envelope(new AssessApplication(
                sprintf('APP-%s-%05d', date('ymd', 1717200000 + intdiv($i, 500) * 86400), $i),
                $i % 3 === 0 ? 'TERM_LIFE_20' : 'TERM_LIFE_30',
                [
                    'name' => "Applicant {$i}",
                    'age' => 22 + ($i * 17) % 48,
                    'bmi' => 19.0 + (($i * 31) % 180) / 10,
                    'smoker' => $i % 7 === 0,
                    'occupation' => $occupations[$i % 6],
                    'face_amount' => 100000 * (1 + $i % 20),
                    'sanctions_hit' => false,
                    'postcode' => sprintf('%05d', 10000 + ($i * 389) % 80000),
                ],
            ));
        }
    }

    public function ack(Envelope $envelope): void
    {
    }
}
