<?php
namespace App\Tenant;

final class Tenant
{
    public function __construct(public readonly string $slug, public readonly array $settings) {}
}

final class TenantContext
{
    public function __construct(private \SplStack $stack = new \SplStack()) {}

    public function enter(Tenant $tenant): void
    {
        $this->stack->push($tenant); // leak
    }

    public function leave(): Tenant
    {
        return $this->stack->pop();
    }

    public function current(): ?Tenant
    {
        return $this->stack->isEmpty() ? null : $this->stack->top();
    }
}
