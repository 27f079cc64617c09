<?php

declare(strict_types=1);

namespace App\Metrics;

use App\Jobs\DeliverWebhook;
use Prometheus\CollectorRegistry;
use Prometheus\Counter;
use Prometheus\Histogram;

final class WebhookMetrics
{
    private const LABELS = ['target', 'outcome'];

    public static function recordDelivery(DeliverWebhook $job, int $status, float $seconds): void
    {
        $labels = [self::target($job), $status < 400 ? 'ok' : 'failed'];

        self::deliveries()->inc($labels);
        self::latency()->observe($seconds, $labels);
    }

    private static function target(DeliverWebhook $job): string
    {
        // group by what the hook announces; receivers are traced, not counted
        return $job->subscription->event->value;
    }

    private static function deliveries(): Counter
    {
        return CollectorRegistry::getDefault()->getOrRegisterCounter('webhooks', 'deliveries_total', self::LABELS);
    }

    private static function latency(): Histogram
    {
        return CollectorRegistry::getDefault()->getOrRegisterHistogram('webhooks', 'delivery_seconds', self::LABELS);
    }
}
