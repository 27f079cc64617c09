<?php

namespace App\Monitoring;

final class TimingSample
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly float $milliseconds,
        public readonly int $memory,
        public readonly array $tags,
    ) {}
}
