<?php

declare(strict_types=1);

namespace App\Tenancy;

final class TenantResolver
{
    public function resolve(string $host): Tenant
    {
        $slug = explode('.', $host)[0];

        return new Tenant(
            $slug,
            'tenant_' . $slug,
            true,
            [
                'theme' => str_repeat("{$slug}-brand-palette;", 12),
                'locale' => 'de_AT',
                'features' => ['invoices', 'reports', 'exports', "beta-{$slug}"],
            ],
        );
    }
}
