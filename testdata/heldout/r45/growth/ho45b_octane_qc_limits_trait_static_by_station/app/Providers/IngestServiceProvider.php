<?php

namespace App\Providers;

use App\Ingest\ObservationFactory;
use App\Ingest\RangeCheck;
use Illuminate\Support\ServiceProvider;

class IngestServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(RangeCheck::class);
        $this->app->singleton(ObservationFactory::class);
    }
}
