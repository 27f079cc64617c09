<?php

namespace App\Feed;

final class FeedResponse
{
    public function __construct(
        public readonly int $status,
        public readonly string $body = '',
        public readonly ?string $etag = null,
    ) {
    }
}
