<?php

use Illuminate\Foundation\Application;

$app = new Application(dirname(__DIR__));

$app->loadConfiguration(['images']);
$app->register(App\Providers\ImageServiceProvider::class);
$app->register(App\Providers\RouteServiceProvider::class);

return $app;
