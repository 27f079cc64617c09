<?php

namespace App\Models;

final class Tenant
{
    public function __construct(
        public readonly string $key,
        public readonly string $domain,
        public readonly string $name,
        public readonly array $theme,
    ) {}
}
