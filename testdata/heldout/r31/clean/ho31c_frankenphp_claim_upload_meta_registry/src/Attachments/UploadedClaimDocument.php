<?php

namespace App\Attachments;

final class UploadedClaimDocument
{
    public function __construct(
        public readonly string $claimNumber,
        public readonly string $clientFilename,
        public readonly string $mimeType,
        public readonly int $size,
        public readonly string $tmpPath,
        public readonly string $category,
    ) {
    }

    public static function fromFilesEntry(string $claimNumber, string $category, array $file): self
    {
        return new self(
            $claimNumber,
            basename($file['name']),
            $file['type'],
            (int) $file['size'],
            $file['tmp_name'],
            $category,
        );
    }

    public function storageKey(): string
    {
        return sprintf('claims/%s/%s/%s', $this->claimNumber, $this->category, $this->clientFilename);
    }
}
