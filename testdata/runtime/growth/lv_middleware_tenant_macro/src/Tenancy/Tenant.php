<?php

namespace App\Tenancy;

final class Tenant
{
    public function __construct(
        public readonly int $id,
        public readonly string $domain,
        public readonly string $settings,
    ) {
    }

    public function baseUrl(): string
    {
        return 'https://' . $this->domain;
    }
}
