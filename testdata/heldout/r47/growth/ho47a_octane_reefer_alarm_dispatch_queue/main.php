<?php

declare(strict_types=1);

// php artisan octane:start --server=swoole, reduced to one worker process

require __DIR__ . '/vendor/laravel/framework/illuminate.php';
require __DIR__ . '/vendor/laravel/octane/octane.php';
require __DIR__ . '/app/Reefer/ReeferReading.php';
require __DIR__ . '/app/Reefer/ReeferAlarm.php';
require __DIR__ . '/app/Reefer/AlarmChannel.php';
require __DIR__ . '/app/Reefer/AlarmDispatchQueue.php';
require __DIR__ . '/app/Reefer/ReeferMonitor.php';
require __DIR__ . '/app/Providers/ReeferServiceProvider.php';
require __DIR__ . '/app/Http/Controllers/ReeferReadingController.php';

use App\Providers\ReeferServiceProvider;
use Illuminate\Foundation\Application;
use Illuminate\Routing\Router;
use Laravel\Octane\Worker;

$app = new Application(__DIR__, require __DIR__ . '/config/reefer.php');
$app->register(ReeferServiceProvider::class);
$app->singleton(Router::class, fn ($app) => new Router($app));
$app->boot();

(static function (Router $router): void {
    require __DIR__ . '/routes/api.php';
})($app->make(Router::class));

(new Worker($app))->run();
