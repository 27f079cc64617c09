<?php

namespace App\Providers;

use App\Metering\RegisterBatchWriter;
use App\Metering\TimeseriesSink;
use Illuminate\Container\Container;

class MeteringServiceProvider
{
    public function __construct(protected Container $app)
    {
    }

    public function register(): void
    {
        $this->app->singleton(TimeseriesSink::class, fn () => new TimeseriesSink());
        $this->app->singleton(RegisterBatchWriter::class, fn (Container $app) => new RegisterBatchWriter(
            $app->make(TimeseriesSink::class),
            config('metering.flush_at'),
        ));
    }
}
