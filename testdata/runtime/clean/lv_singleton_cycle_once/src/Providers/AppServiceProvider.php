<?php

namespace App\Providers;

use App\Orders\OrderCacheInvalidator;
use App\Orders\OrderRepository;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(OrderRepository::class, function ($app) {
            $repository = new OrderRepository($app['config']->get('database.connections.orders'));
            $repository->setInvalidator(new OrderCacheInvalidator($repository));

            return $repository;
        });
    }
}
