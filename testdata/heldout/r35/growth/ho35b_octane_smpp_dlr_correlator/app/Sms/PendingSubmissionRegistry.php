<?php

namespace App\Sms;

/**
 * Correlates SMSC message ids with our client references until the
 * delivery receipt arrives.
 */
final class PendingSubmissionRegistry
{
    /** @var array<string, PendingSubmission> */
    private array $pending = [];

    public function remember(PendingSubmission $submission): void
    {
        $key = MessageKey::make($submission->connection, $submission->messageId);
        $this->pending[$key] = $submission; // leak
    }

    public function resolve(string $connection, string $messageId): ?PendingSubmission
    {
        $key = MessageKey::make($connection, $messageId);
        if (!isset($this->pending[$key])) {
            return null;
        }
        $submission = $this->pending[$key];
        unset($this->pending[$key]);
        return $submission;
    }

    public function count(): int
    {
        return count($this->pending);
    }
}
