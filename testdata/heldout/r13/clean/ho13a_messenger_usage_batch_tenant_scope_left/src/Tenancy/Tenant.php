<?php

declare(strict_types=1);

namespace App\Tenancy;

final class Tenant
{
    /** @param array<string, mixed> $settings */
    public function __construct(
        public readonly string $id,
        public readonly string $name,
        public readonly string $status,
        public readonly array $settings,
        public readonly \DateTimeImmutable $loadedAt,
    ) {
    }

    public function isSuspended(): bool
    {
        return $this->status === 'suspended';
    }

    public function rate(): float
    {
        return (float) ($this->settings['rate_per_unit'] ?? 0.0);
    }
}
