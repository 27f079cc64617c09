<?php

declare(strict_types=1);

namespace App\Ocr;

final class TesseractEngine
{
    public function __construct(private readonly string $language = 'eng', private readonly int $psm = 6)
    {
    }

    public function recognize(PageImage $page): RecognizedPage
    {
        $raw = base64_decode($page->bytes, true) ?: '';
        $text = strtoupper(substr($raw, 0, 64));
        $confidence = (crc32($raw) % 40 + 60) / 100;

        return new RecognizedPage($page->documentId, $page->pageNumber, $text, $confidence);
    }
}
