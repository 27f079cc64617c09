<?php

namespace App\Message;

final class TrackEvent
{
    public function __construct(
        public readonly string $visitorId,
        public readonly int $occurredAtMs,
        public readonly string $name,
        public readonly string $path,
        public readonly array $properties,
    ) {
    }

    public static function fromPayload(array $payload): self
    {
        return new self(
            (string) $payload['anonymous_id'],
            (int) $payload['ts'],
            (string) ($payload['event'] ?? 'page_view'),
            parse_url((string) $payload['url'], PHP_URL_PATH) ?: '/',
            (array) ($payload['props'] ?? []),
        );
    }

    public function occurredAt(): int
    {
        return intdiv($this->occurredAtMs, 1000);
    }
}
