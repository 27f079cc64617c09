<?php
declare(strict_types=1);

// php artisan octane:start --server=swoole  (swipe API)

require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Container/Container.php';
require __DIR__ . '/vendor/laravel/framework/src/Illuminate/Events/Dispatcher.php';
require __DIR__ . '/vendor/laravel/framework/src/helpers.php';
require __DIR__ . '/vendor/laravel/octane/src/Events.php';
require __DIR__ . '/vendor/laravel/octane/src/Worker.php';
require __DIR__ . '/app/Events/SwipeRecorded.php';
require __DIR__ . '/app/Analytics/AnalyticsSink.php';
require __DIR__ . '/app/Analytics/SwipeEventBuffer.php';
require __DIR__ . '/app/Listeners/FlushSwipeAnalytics.php';
require __DIR__ . '/app/Http/Controllers/SwipeController.php';
require __DIR__ . '/app/Providers/AnalyticsServiceProvider.php';

use App\Http\Controllers\SwipeController;
use Laravel\Octane\Worker;

$app = require __DIR__ . '/bootstrap/app.php';

$router = static function (array $request) use ($app): array {
    return match ($request['uri']) {
        '/api/v2/swipes' => $app->make(SwipeController::class)->store($request),
        default => ['status' => 404, 'body' => ''],
    };
};

(new Worker($app, $router))->run((int) (getenv('PHPLEAK_N') ?: 100));
