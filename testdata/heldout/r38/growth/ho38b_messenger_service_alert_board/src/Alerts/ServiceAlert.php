<?php

declare(strict_types=1);

namespace App\Alerts;

final class ServiceAlert
{
    /** @param list<string> $routes @param list<string> $stops */
    public function __construct(
        public readonly string $id,
        public readonly string $severity,
        public readonly string $effect,
        public readonly array $routes,
        public readonly array $stops,
        public readonly string $headline,
        public readonly string $body,
        public readonly \DateTimeImmutable $activeFrom,
        public readonly ?\DateTimeImmutable $activeUntil,
    ) {
    }
}
