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
    $_SERVER['app.request_timings'][] = $timing;
}

function timings(): array
{
    return $_SERVER['app.request_timings'] ?? [];
}
