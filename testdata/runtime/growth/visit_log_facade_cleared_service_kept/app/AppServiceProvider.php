<?php

namespace App;

use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Laravel\Octane\Events\RequestTerminated;

final class AppServiceProvider
{
    public function register(Container $app, Dispatcher $events): void
    {
        $app->singleton('visits', fn () => new VisitLog());
        $app->singleton(ForgetVisitLog::class, fn () => new ForgetVisitLog());
        $events->listen(RequestTerminated::class, ForgetVisitLog::class);
    }
}
