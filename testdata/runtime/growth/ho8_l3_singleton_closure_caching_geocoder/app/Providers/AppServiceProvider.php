<?php

namespace App\Providers;

use App\Geo\CachingGeocoder;
use App\Geo\Geocoder;
use App\Geo\NominatimGeocoder;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->bind(NominatimGeocoder::class);
        $this->app->singleton(Geocoder::class, fn ($app) => new CachingGeocoder($app->make(NominatimGeocoder::class)));
    }
}
