<?php

declare(strict_types=1);

namespace App\Tenancy;

/**
 * Which tenant the current unit of work runs for. Nested scopes are allowed
 * (a tenant job dispatching work for a child tenant), hence the stack.
 */
final class TenantContext
{
    /** @var list<Tenant> */
    private array $stack = [];

    public function enter(Tenant $tenant): void
    {
        $this->stack[] = $tenant;
    }

    public function leave(): void
    {
        array_pop($this->stack);
    }

    public function current(): Tenant
    {
        return $this->stack[array_key_last($this->stack)] ?? throw new \LogicException('No tenant in scope');
    }

    public function depth(): int
    {
        return count($this->stack);
    }
}
