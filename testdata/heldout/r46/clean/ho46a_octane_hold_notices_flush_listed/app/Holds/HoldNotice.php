<?php

namespace App\Holds;

final class HoldNotice
{
    public function __construct(
        public readonly string $patronId,
        public readonly string $isbn,
        public readonly string $branch,
        public readonly int $queuePosition,
        public readonly string $subject,
        public readonly string $body,
    ) {
    }
}
