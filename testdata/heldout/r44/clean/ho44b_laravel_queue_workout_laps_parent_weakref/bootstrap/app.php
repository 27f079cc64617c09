<?php

use Illuminate\Foundation\Application;
use Illuminate\Queue\QueueManager;
use Illuminate\Queue\Worker;
use Tests\Support\ReplayQueue;

$app = new Application(dirname(__DIR__));
$app->loadConfiguration();

$app->singleton(QueueManager::class, function (Application $app) {
    $manager = new QueueManager($app);
    $manager->extend('replay', fn (array $config, string $name) => new ReplayQueue($app, $name));

    return $manager;
});
$app->singleton(Worker::class);

$app->registerConfiguredProviders();
$app->boot();

return $app;
