<?php

namespace App\Attachments;

/**
 * Per-upload metadata computed once by the intake step and read again by
 * the thumbnail and storage steps of the same request.
 */
final class UploadMetadataRegistry
{
    /** @var array<int, array{document: UploadedClaimDocument, meta: array}> */
    private static array $entries = [];

    public static function remember(UploadedClaimDocument $document, array $meta): void
    {
        self::$entries[self::keyFor($document)] = ['document' => $document, 'meta' => $meta]; // leak
    }

    public static function metaFor(UploadedClaimDocument $document): array
    {
        return self::$entries[self::keyFor($document)]['meta'] ?? [];
    }

    private static function keyFor(UploadedClaimDocument $document): int
    {
        return spl_object_id($document);
    }
}
