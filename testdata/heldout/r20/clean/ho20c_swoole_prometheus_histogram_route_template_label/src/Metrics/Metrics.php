<?php

declare(strict_types=1);

namespace App\Metrics;

use Prometheus\CollectorRegistry;
use Prometheus\Histogram;

final class Metrics
{
    private const NAMESPACE = 'storefront';
    private const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

    public static function requestLatency(): Histogram
    {
        return CollectorRegistry::getDefault()->getOrRegisterHistogram(
            self::NAMESPACE,
            'http_request_duration_seconds',
            'Time spent serving HTTP requests.',
            ['method', 'endpoint', 'status'],
            self::LATENCY_BUCKETS,
        );
    }
}
