<?php

declare(strict_types=1);

use Illuminate\Foundation\Application;

$app = new Application(dirname(__DIR__));

$app->instance('config', [
    'app' => require __DIR__ . '/../config/app.php',
    'queue' => require __DIR__ . '/../config/queue.php',
]);

foreach ($app->make('config')['app']['providers'] as $provider) {
    $app->register($provider);
}

return $app;
