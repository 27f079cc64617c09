<?php

namespace App\Tenancy;

final class TenantRepository
{
    public function __construct(private string $rootDomain)
    {
    }

    public function findByHost(string $host): Tenant
    {
        $slug = substr($host, 0, -strlen($this->rootDomain) - 1);
        $id = (int) preg_replace('/\D+/', '', $slug);

        return new Tenant($id, $host, json_encode([
            'slug' => $slug,
            'locale' => 'en_GB',
            'invoice_footer' => str_repeat("{$slug} Ltd, registered in England and Wales. ", 12),
        ]));
    }
}
