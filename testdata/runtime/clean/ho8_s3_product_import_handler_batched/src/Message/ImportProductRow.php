<?php
namespace App\Message;

final class ImportProductRow
{
    public function __construct(
        public readonly string $sku,
        public readonly string $name,
        public readonly string $description,
        public readonly int $priceCents,
    ) {}
}
