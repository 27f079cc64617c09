<?php

namespace Illuminate\Queue;

use Illuminate\Bus\Dispatcher as BusDispatcher;
use Illuminate\Contracts\Bus\Dispatcher as BusDispatcherContract;
use Illuminate\Queue\Console\WorkCommand;
use Illuminate\Support\Facades\Facade;
use Illuminate\Support\ServiceProvider;

class QueueServiceProvider extends ServiceProvider
{
    public function register()
    {
        $this->app->singleton('queue', static fn ($app) => new QueueManager($app));
        $this->app->singleton(BusDispatcher::class, static fn ($app) => new BusDispatcher($app));
        $this->app->alias(BusDispatcher::class, BusDispatcherContract::class);
        $this->app->singleton('queue.worker', static function ($app) {
            $resetScope = static function () use ($app) {
                $app->forgetScopedInstances();
                Facade::clearResolvedInstances();
            };
            return new Worker($app['queue'], $app['events'], $resetScope);
        });
        $this->app->alias('queue.worker', Worker::class);
        $this->app->alias('queue', QueueManager::class);
        $this->commands([WorkCommand::class]);
    }
}
