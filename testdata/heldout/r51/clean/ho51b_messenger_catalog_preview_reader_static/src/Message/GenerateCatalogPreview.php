<?php
namespace App\Message;

final class GenerateCatalogPreview
{
    public function __construct(
        public readonly int $supplierId,
        public readonly string $uploadId,
        public readonly string $csv,
    ) {
    }
}
