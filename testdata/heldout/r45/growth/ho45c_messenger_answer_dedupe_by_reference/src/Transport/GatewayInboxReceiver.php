<?php

declare(strict_types=1);

namespace App\Transport;

use App\Message\SubmitSurveyResponse;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;
use Symfony\Component\Messenger\Transport\Receiver\ReceiverInterface;

/**
 * Pulls completed responses from the collection gateway's inbox. The soak
 * build replays PHPLEAK_N recorded submissions.
 */
final class GatewayInboxReceiver implements ReceiverInterface
{
    private int $cursor = 0;
    private int $acked = 0;
    private int $rejected = 0;

    public function __construct(private int $available, private int $prefetch = 10)
    {
    }

    public function get(): iterable
    {
        $envelopes = [];
        for ($n = 0; $n < $this->prefetch && $this->cursor < $this->available; $n++) {
            $i = $this->cursor++;
            $envelopes[] = new Envelope($this->recorded($i), [new TransportMessageIdStamp($i)]);
        }

        return $envelopes;
    }

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }

    public function reject(Envelope $envelope): void
    {
        $this->rejected++;
    }

    private function uuid(string $seed): string
    {
        $h = sha1($seed);

        return sprintf('%s-%s-4%s-a%s-%s', substr($h, 0, 8), substr($h, 8, 4), substr($h, 12, 3), substr($h, 15, 3), substr($h, 18, 12));
    }

    private function recorded(int $i): SubmitSurveyResponse
    {
        $pulse = $i % 2 === 0;
        $answers = $pulse
            ? [
                ['question' => 'q_mood', 'value' => (string) (1 + $i % 10)],
                ['question' => 'q_workload', 'value' => (string) (1 + ($i * 3) % 10)],
                ['question' => 'q_tools', 'value' => 'issue-tracker'],
                ['question' => 'q_tools', 'value' => 'video-calls'],
                ['question' => 'q_tools', 'value' => 'video-calls'],
                ['question' => 'q_tools', 'value' => 'shared-docs'],
                ['question' => 'Q_Comment', 'value' => 'Too many meetings on Mondays '],
                ['question' => 'q_mood', 'value' => (string) (1 + $i % 10)],
            ]
            : [
                ['question' => 'q_csat', 'value' => (string) (1 + $i % 5)],
                ['question' => 'q_issues', 'value' => 'payment-declined'],
                ['question' => 'q_issues', 'value' => 'slow-page'],
                ['question' => 'q_issues', 'value' => 'slow-page'],
                ['question' => 'q_channel', 'value' => 'mobile-web'],
                ['question' => 'q_comment', 'value' => 'Coupon field was hidden behind the keyboard'],
                ['question' => 'q_issues', 'value' => 'coupon'],
                ['question' => 'q_csat', 'value' => (string) (1 + $i % 5)],
            ];

        return new SubmitSurveyResponse(
            $this->uuid('response' . $i),
            $pulse ? 'employee-pulse' : 'checkout-csat',
            sprintf('pnl_%06d', 500000 + $i * 7),
            $answers,
            gmdate('Y-m-d\TH:i:s\Z', 1717000000 + $i * 13),
        );
    }
}
