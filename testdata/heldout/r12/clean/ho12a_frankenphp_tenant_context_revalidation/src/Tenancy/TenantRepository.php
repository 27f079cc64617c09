<?php

declare(strict_types=1);

namespace App\Tenancy;

final class TenantRepository
{
    public function find(string $id): Tenant
    {
        // Would be a PDO lookup; the row is hydrated into a fresh object.
        return new Tenant(
            $id,
            ucfirst(str_replace('-', ' ', $id)) . ' GmbH',
            3,
            [
                'logo' => "https://cdn.example.com/{$id}/logo.svg",
                'css' => str_repeat(":root{--brand-{$id}:#1a73e8;} ", 18),
                'footer' => "(c) {$id}",
            ],
        );
    }
}
