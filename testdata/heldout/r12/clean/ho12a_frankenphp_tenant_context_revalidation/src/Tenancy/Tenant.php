<?php

declare(strict_types=1);

namespace App\Tenancy;

final class Tenant
{
    public function __construct(
        public readonly string $id,
        public readonly string $name,
        public readonly int $version,
        public readonly array $branding,
    ) {
    }
}
