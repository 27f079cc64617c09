<?php

declare(strict_types=1);

namespace App\Tenancy;

/** Current-tenant stack; nested scopes happen for impersonation and jobs. */
final class TenantContext
{
    /** @var list<Tenant> */
    private array $stack = [];

    public function enter(Tenant $tenant): void
    {
        $this->stack[] = $tenant; // leak
    }

    public function leave(): void
    {
        array_pop($this->stack);
    }

    public function current(): ?Tenant
    {
        return $this->stack[\count($this->stack) - 1] ?? null;
    }
}
