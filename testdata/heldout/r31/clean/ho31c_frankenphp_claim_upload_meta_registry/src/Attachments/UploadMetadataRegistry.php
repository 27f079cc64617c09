<?php

namespace App\Attachments;

/**
 * Per-upload metadata computed once by the intake step and read again by
 * the thumbnail and storage steps of the same request.
 */
final class UploadMetadataRegistry
{
    /** @var array<int, array{meta: array}> */
    private static array $entries = [];

    public static function remember(UploadedClaimDocument $document, array $meta): void
    {
        self::$entries[self::keyFor($document)] = ['meta' => $meta];
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
