<?php

namespace App\Providers;

use App\Services\PickupScheduler;
use Illuminate\Support\ServiceProvider;
use Sentry\SentrySdk;
use Sentry\State\HubInterface;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(HubInterface::class, fn () => SentrySdk::init());
        $this->app->singleton(PickupScheduler::class);
    }

    public function boot(): void
    {
        // Eagerly resolve the hub so the SDK's static accessor and the container share it.
        $this->app->make(HubInterface::class)->configureScope(function ($scope) {
            $scope->setTag('app', 'foodbank-pickups');
        });
    }
}
