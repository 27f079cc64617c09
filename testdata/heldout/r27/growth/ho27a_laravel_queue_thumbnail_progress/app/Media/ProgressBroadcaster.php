<?php

declare(strict_types=1);

namespace App\Media;

/**
 * Pushes progress to the uploader's private channel (Pusher/Reverb client
 * stubbed); remembers only the last message for the health check.
 */
final class ProgressBroadcaster
{
    private ?string $lastMessage = null;

    public function send(string $channel, array $payload): void
    {
        $this->lastMessage = $channel . ' ' . json_encode($payload);
    }
}
