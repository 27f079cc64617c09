<?php

declare(strict_types=1);

namespace App\Ocr;

final class PageImage
{
    public function __construct(
        public readonly string $documentId,
        public readonly int $pageNumber,
        public readonly string $bytes,
        public readonly string $mimeType = 'image/tiff',
    ) {
    }
}
