<?php

declare(strict_types=1);

namespace App\Tenancy;

final class Tenant
{
    public function __construct(
        public readonly string $id,
        public readonly string $database,
        public readonly bool $active,
        public readonly array $settings,
    ) {
    }
}
