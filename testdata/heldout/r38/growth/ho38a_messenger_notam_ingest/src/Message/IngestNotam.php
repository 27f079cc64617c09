<?php

namespace App\Message;

final class IngestNotam
{
    public function __construct(
        public readonly string $raw,
        public readonly string $source,
        public readonly int $receivedAt,
    ) {
    }
}
