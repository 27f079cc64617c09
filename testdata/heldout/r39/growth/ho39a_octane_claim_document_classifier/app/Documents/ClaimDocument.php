<?php

namespace App\Documents;

use Illuminate\Http\Request;

final class ClaimDocument
{
    public function __construct(
        public readonly string $claimNumber,
        public readonly string $documentType,
        public readonly string $mimeType,
        public readonly string $filename,
        public readonly string $extractedText,
        public readonly \DateTimeImmutable $receivedAt,
    ) {
    }

    public static function fromRequest(Request $request): self
    {
        return new self(
            strtoupper((string) $request->route('claim')),
            (string) $request->input('document_type', 'other'),
            (string) $request->input('mime', 'application/octet-stream'),
            basename((string) $request->input('filename', 'upload.bin')),
            trim((string) $request->input('ocr_text', '')),
            new \DateTimeImmutable((string) $request->input('received_at', 'now')),
        );
    }
}
