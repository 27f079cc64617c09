<?php
declare(strict_types=1);

namespace App\Presence;

final class PresenceEntry
{
    public function __construct(
        public readonly int $userId,
        public readonly string $deviceId,
        public readonly string $platform,
        public readonly string $appVersion,
        public string $status,
        public string $statusText,
        public readonly string $gateway,
        public readonly \DateTimeImmutable $connectedAt,
        public float $lastHeartbeat,
    ) {
    }
}
