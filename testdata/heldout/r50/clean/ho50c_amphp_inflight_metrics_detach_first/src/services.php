<?php

use App\Container;
use App\Handler\StockLevelHandler;
use App\Metrics\Histogram;
use App\Metrics\InflightTracker;
use App\Metrics\Sampler;
use App\Middleware\MetricsMiddleware;
use App\Middleware\RequestIdMiddleware;
use App\Repository\StockRepository;

return static function (Container $c): void {
    $c->singleton(Sampler::class, static fn (Container $c) => new Sampler($c->config('metrics', 'sample_rate')));
    $c->singleton(Histogram::class, static fn (Container $c) => new Histogram('http_request_duration_ms', $c->config('metrics', 'latency_buckets_ms')));
    $c->singleton(InflightTracker::class, static fn (Container $c) => new InflightTracker($c->get(Sampler::class), $c->get(Histogram::class)));
    $c->singleton(MetricsMiddleware::class, static fn (Container $c) => new MetricsMiddleware($c->get(InflightTracker::class)));
    $c->singleton(RequestIdMiddleware::class, static fn () => new RequestIdMiddleware());
    $c->singleton(StockRepository::class, static fn () => new StockRepository());
    $c->singleton(StockLevelHandler::class, static fn (Container $c) => new StockLevelHandler($c->get(StockRepository::class)));
};
