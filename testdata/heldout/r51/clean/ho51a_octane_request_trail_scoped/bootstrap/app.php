<?php

use App\Http\Kernel;
use App\Providers\AppServiceProvider;
use Illuminate\Foundation\Application;
use Illuminate\Log\LogManager;

$app = new Application(dirname(__DIR__));

$app->singleton('log', static fn () => new LogManager());
$app->bind('http.kernel', static fn (Application $app) => new Kernel($app));

$app->register(AppServiceProvider::class);

return $app;
