<?php

namespace App\Message;

/**
 * One product row pushed by a supplier feed.
 */
final class SyncProductFeed
{
    /**
     * @param array<string, scalar> $payload
     */
    public function __construct(
        public readonly string $supplier,
        public readonly string $sku,
        public readonly array $payload,
    ) {
    }
}
