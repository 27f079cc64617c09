<?php
declare(strict_types=1);

namespace App\Providers;

use App\Http\Middleware\RecordRequestMetrics;
use App\Metrics\MetricsBuffer;
use App\Metrics\StatsdTransport;
use App\Support\Octane\Container;

final class MetricsServiceProvider
{
    /** @param array<string,mixed> $config */
    public function __construct(private readonly array $config)
    {
    }

    public function register(Container $app): void
    {
        $config = $this->config;

        $app->singleton(StatsdTransport::class, fn () => new StatsdTransport($config['host'], (int) $config['port']));
        $app->singleton(MetricsBuffer::class, fn (Container $app) => new MetricsBuffer(
            $app->make(StatsdTransport::class),
            (int) $config['batch_size'],
        ));
        $app->singleton(RecordRequestMetrics::class, fn (Container $app) => new RecordRequestMetrics(
            $app->make(MetricsBuffer::class),
            $config['service'],
        ));
    }
}
