<?php

declare(strict_types=1);

namespace App\Chat;

final readonly class OutboundFrame
{
    public function __construct(
        public int $fd,
        public string $payload,
        public float $queuedAt,
    ) {
    }
}
