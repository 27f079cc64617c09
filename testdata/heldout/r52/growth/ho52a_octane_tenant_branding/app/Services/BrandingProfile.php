<?php

namespace App\Services;

final class BrandingProfile
{
    public function __construct(
        public readonly string $tenant,
        public readonly string $logoUrl,
        public readonly string $stylesheet,
        public readonly array $meta,
    ) {
    }
}
