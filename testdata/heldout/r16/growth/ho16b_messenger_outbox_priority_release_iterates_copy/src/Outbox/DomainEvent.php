<?php

declare(strict_types=1);

namespace App\Outbox;

final class DomainEvent
{
    public const PRIORITY_HIGH = 10;
    public const PRIORITY_NORMAL = 5;
    public const PRIORITY_LOW = 1;

    /** @param array<string, mixed> $payload */
    public function __construct(
        public readonly string $name,
        public readonly string $aggregateId,
        public readonly array $payload,
        public readonly int $priority = self::PRIORITY_NORMAL,
        public readonly ?string $causationId = null,
    ) {
    }
}
