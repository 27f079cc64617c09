<?php

declare(strict_types=1);

namespace App\Tenancy;

enum Plan: string
{
    case Starter = 'starter';
    case Business = 'business';
    case Enterprise = 'enterprise';
}

final class Tenant
{
    /** @param list<string> $reportColumns */
    public function __construct(
        public readonly string $slug,
        public readonly Plan $plan,
        public readonly array $reportColumns,
    ) {
    }
}

final class TenantResolver
{
    public function fromHost(string $host): Tenant
    {
        $slug = strstr($host, '.', true) ?: 'default';
        $plans = Plan::cases();
        $plan = $plans[crc32($slug) % count($plans)];

        $columns = [];
        foreach (['net_total', 'tax_total', 'discount_total', 'shipping_total', 'refund_total', 'gross_total'] as $column) {
            $columns[] = "SUM({$slug}_orders.{$column}) AS {$column}";
        }

        return new Tenant($slug, $plan, $columns);
    }
}
