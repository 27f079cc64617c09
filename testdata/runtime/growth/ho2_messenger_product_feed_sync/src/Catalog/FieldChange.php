<?php

namespace App\Catalog;

final class FieldChange
{
    public function __construct(
        public readonly string $sku,
        public readonly string $field,
        public readonly mixed $from,
        public readonly mixed $to,
    ) {
    }
}
