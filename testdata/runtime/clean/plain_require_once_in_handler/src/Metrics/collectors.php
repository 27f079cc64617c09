<?php
// Metrics library: declares its helper function and registry class and, at its top
// level, registers the default collectors.

namespace App\Metrics;

final class CollectorRegistry
{
    /** @var list<array{name: string, help: string, buckets: list<float>}> */
    public static array $collectors = [];

    /** @var array<string, int> */
    public static array $counts = [];
}

function observe(string $name): void
{
    CollectorRegistry::$counts[$name] = (CollectorRegistry::$counts[$name] ?? 0) + 1;
}

CollectorRegistry::$collectors[] = ['name' => 'http_requests_total', 'help' => str_repeat('Total HTTP requests handled. ', 25), 'buckets' => []];
CollectorRegistry::$collectors[] = ['name' => 'http_request_duration_seconds', 'help' => str_repeat('Request latency. ', 40), 'buckets' => [0.01, 0.05, 0.1, 0.5, 1.0]];
