<?php

declare(strict_types=1);

namespace App\Message;

/** One GTFS-realtime Alert entity, as pushed by the feed poller. */
final class ServiceAlertReceived
{
    /**
     * @param list<array{route_id?: string, stop_id?: string}> $informedEntities
     * @param array<string, string> $headerText language => text
     * @param array<string, string> $descriptionText language => text
     */
    public function __construct(
        public readonly string $alertId,
        public readonly string $cause,
        public readonly string $effect,
        public readonly array $informedEntities,
        public readonly array $headerText,
        public readonly array $descriptionText,
        public readonly int $activeFrom,
        public readonly ?int $activeUntil,
    ) {
    }
}
