<?php

declare(strict_types=1);

namespace App\Ocr;

final class RecognizedPage
{
    public function __construct(
        public readonly string $documentId,
        public readonly int $pageNumber,
        public readonly string $text,
        public readonly float $confidence,
    ) {
    }
}
