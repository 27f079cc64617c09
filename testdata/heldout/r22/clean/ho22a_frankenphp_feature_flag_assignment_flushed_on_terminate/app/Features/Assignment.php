<?php

declare(strict_types=1);

namespace App\Features;

final class Assignment
{
    public function __construct(
        public readonly string $flag,
        public readonly string $subject,
        public readonly string $variant,
        public readonly int $bucket,
        public readonly string $reason,
    ) {
    }
}
