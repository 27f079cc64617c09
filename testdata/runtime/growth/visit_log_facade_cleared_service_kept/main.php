<?php

// An Octane-style worker: the application boots once, then serves
// requests; after each one Octane dispatches RequestTerminated, whose
// listener clears only the facade's cached instance: the container keeps
// the one visit log, which grows.

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/app/VisitLog.php';
require __DIR__ . '/app/Visits.php';
require __DIR__ . '/app/ForgetVisitLog.php';
require __DIR__ . '/app/AppServiceProvider.php';

use App\AppServiceProvider;
use App\Visits;
use Illuminate\Container\Container;
use Illuminate\Events\Dispatcher;
use Laravel\Octane\Events\RequestTerminated;

$app = Container::getInstance();
$events = new Dispatcher($app);
(new AppServiceProvider())->register($app, $events);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    Visits::visit("/catalog/item-$i", str_repeat('Mozilla/5.0 ', 60));
    $events->dispatch(new RequestTerminated($app));
}
