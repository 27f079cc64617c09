<?php

namespace App\Services\Webhooks;

/**
 * OTAs redeliver notifications until they get a 2xx, sometimes twice in the
 * same second; remember which event ids this worker has already applied.
 */
class ProcessedWebhookLedger
{
    /** @var array<string, array{channel: string, event_id: string, received_at: int, signature: string, digest: string}> */
    private array $processed = [];

    public function has(string $channel, string $eventId): bool
    {
        return isset($this->processed[$this->keyFor($channel, $eventId)]);
    }

    public function remember(string $channel, string $eventId, string $signature, string $payload): void
    {
        $this->processed[$this->keyFor($channel, $eventId)] = [ // leak
            'channel' => $channel,
            'event_id' => $eventId,
            'received_at' => time(),
            'signature' => $signature,
            'digest' => hash('sha256', $payload),
        ];
    }

    private function keyFor(string $channel, string $eventId): string
    {
        return strtolower($channel) . ':' . $eventId;
    }
}
