<?php

namespace App\Tracking;

final class OpenEvent
{
    public function __construct(
        public readonly string $messageId,
        public readonly int $recipientId,
        public readonly string $campaignId,
        public readonly string $ip,
        public readonly string $userAgent,
        public readonly int $openedAt,
    ) {
    }

    /** Same recipient opening the same message from the same client counts once. */
    public function dedupKey(): string
    {
        return hash('sha256', $this->messageId . '|' . $this->recipientId . '|' . $this->userAgent);
    }

    public static function fromGlobals(array $get, array $server): ?self
    {
        if (!isset($get['m'], $get['r'], $get['c'])) {
            return null;
        }

        return new self(
            (string) $get['m'],
            (int) $get['r'],
            (string) $get['c'],
            $server['HTTP_X_FORWARDED_FOR'] ?? $server['REMOTE_ADDR'] ?? '0.0.0.0',
            $server['HTTP_USER_AGENT'] ?? '',
            (int) ($server['REQUEST_TIME'] ?? 0),
        );
    }
}
