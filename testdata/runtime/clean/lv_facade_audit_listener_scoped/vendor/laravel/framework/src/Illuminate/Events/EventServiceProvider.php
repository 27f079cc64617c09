<?php

namespace Illuminate\Events;

use Illuminate\Support\ServiceProvider;

class EventServiceProvider extends ServiceProvider
{
    public function register()
    {
        $this->app->singleton('events', static function ($app) {
            return (new Dispatcher($app))->setQueueResolver(static fn () => $app->make('queue'));
        });
    }
}
