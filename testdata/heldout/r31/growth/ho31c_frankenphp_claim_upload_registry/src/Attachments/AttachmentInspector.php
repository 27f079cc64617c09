<?php

namespace App\Attachments;

final class AttachmentInspector
{
    private const ALLOWED = ['image/jpeg' => 'photo', 'image/png' => 'photo', 'application/pdf' => 'document'];

    public function inspect(UploadedClaimDocument $document): void
    {
        UploadMetadataRegistry::remember($document, [
            'kind' => self::ALLOWED[$document->mimeType] ?? 'other',
            'checksum' => hash('sha256', $document->claimNumber . $document->clientFilename . $document->size),
            'storage_key' => $document->storageKey(),
            'oversized' => $document->size > 15 * 1024 * 1024,
        ]);
    }
}
