<?php

namespace App\Metrics;

final class RequestTiming
{
    public function __construct(
        public readonly string $route,
        public readonly string $uri,
        public readonly float $durationMs,
        public readonly array $spans,
    ) {}
}

function record_timing(RequestTiming $timing): void
{
    $GLOBALS['requestTimings'][] = $timing; // leak
}

function timings(): array
{
    return $GLOBALS['requestTimings'] ?? [];
}
