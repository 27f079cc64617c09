<?php

declare(strict_types=1);

namespace App\Tenancy;

final class Tenant
{
    public function __construct(public readonly int $id, public readonly string $domain, public readonly string $plan) {}
}

final class TenantResolver
{
    /** @var array<string, Tenant> */
    private array $tenants = [];

    public function __construct()
    {
        foreach (['acme', 'globex', 'initech', 'umbrella', 'hooli'] as $k => $name) {
            $this->tenants[$name . '.example.app'] = new Tenant($k + 1, $name . '.example.app', $k % 2 ? 'pro' : 'starter');
        }
    }

    public function resolve(string $host): ?Tenant
    {
        return $this->tenants[$host] ?? null;
    }
}

final class ActivityRepository
{
    private int $rows = 0;

    /**
     * @param array<string, mixed> $activity
     */
    public function store(int $tenantId, array $activity): void
    {
        $this->rows++;
    }
}
