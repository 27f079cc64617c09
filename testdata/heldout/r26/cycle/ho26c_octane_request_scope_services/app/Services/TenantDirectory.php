<?php

namespace App\Services;

/** Worker-wide: tenant settings loaded at boot. */
final class TenantDirectory
{
    /** @param array<string, array<string, mixed>> $tenants */
    public function __construct(private array $tenants)
    {
    }

    public function settingsFor(string $host): array
    {
        return $this->tenants[$host] ?? $this->tenants['default'];
    }
}
