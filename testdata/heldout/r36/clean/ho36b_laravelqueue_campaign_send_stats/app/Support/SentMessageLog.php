<?php

namespace App\Support;

use Illuminate\Mail\SentMessage;

/**
 * Collects what a job sent so the campaign statistics can be written once,
 * after the job's last message left.
 */
final class SentMessageLog
{
    /** @var list<array<string, mixed>> */
    private array $messages = [];

    public function record(SentMessage $message, string $transport): void
    {
        $this->messages[] = [
            'message_id' => $message->messageId,
            'to' => implode(', ', $message->to),
            'subject' => $message->subject,
            'campaign' => $message->headers['X-Campaign-Id'] ?? null,
            'list_unsubscribe' => $message->headers['List-Unsubscribe'] ?? null,
            'size' => $message->size,
            'transport' => $transport,
        ];
    }

    /** @return list<array<string, mixed>> */
    public function forCampaign(string $campaignId): array
    {
        return array_values(array_filter($this->messages, static fn (array $m) => $m['campaign'] === $campaignId));
    }
}
