<?php

use Illuminate\Foundation\Application;

$app = new Application(dirname(__DIR__), [
    'app' => require __DIR__ . '/../config/app.php',
    'octane' => require __DIR__ . '/../config/octane.php',
]);

$app->singleton(Illuminate\Foundation\Http\Kernel::class, App\Http\Kernel::class);
$app->singleton(Illuminate\Routing\Router::class);

return $app;
