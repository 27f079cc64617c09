<?php

namespace App\Services\Webhooks;

/**
 * OTAs redeliver notifications until they get a 2xx, sometimes twice in the
 * same second; remember which event ids this worker has recently applied.
 * Redeliveries arrive within seconds, so the last WINDOW ids are enough.
 */
class ProcessedWebhookLedger
{
    private const WINDOW = 64;

    /** @var array<string, array{channel: string, event_id: string, received_at: int, signature: string, digest: string}> */
    private array $processed = [];

    /** @var array<int, string> slot => key held in $processed */
    private array $ring = [];

    private int $cursor = 0;

    public function has(string $channel, string $eventId): bool
    {
        return isset($this->processed[$this->keyFor($channel, $eventId)]);
    }

    public function remember(string $channel, string $eventId, string $signature, string $payload): void
    {
        $key = $this->keyFor($channel, $eventId);
        $slot = $this->cursor;
        $this->cursor = ($this->cursor + 1) % self::WINDOW;

        if (isset($this->ring[$slot])) {
            unset($this->processed[$this->ring[$slot]]);
        }
        $this->ring[$slot] = $key;
        $this->processed[$key] = [
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
