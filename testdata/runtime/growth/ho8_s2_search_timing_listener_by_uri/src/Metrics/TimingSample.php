<?php
namespace App\Metrics;

final class TimingSample
{
    public function __construct(
        public readonly string $uri,
        public readonly float $milliseconds,
        public readonly int $status,
        public readonly string $preview,
    ) {}
}
