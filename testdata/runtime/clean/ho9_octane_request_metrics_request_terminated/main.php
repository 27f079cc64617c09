<?php
// Laravel Octane worker where a singleton collects one metrics sample per request and a listener from config/octane.php exports them.

use App\Http\ReportController;
use App\Metrics\RequestMetrics;
use Illuminate\Foundation\Application;
use Laravel\Octane\Worker;

require __DIR__ . '/stubs/octane.php';
require __DIR__ . '/app/Metrics/RequestMetrics.php';
require __DIR__ . '/app/Listeners/FlushRequestMetrics.php';
require __DIR__ . '/app/Http/ReportController.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$app = new Application();
$app->singleton(RequestMetrics::class, new RequestMetrics());
$config = require __DIR__ . '/config/octane.php';

$worker = new Worker($app, $config['listeners'], static fn (string $uri): int => $app->make(ReportController::class)->show($uri));
for ($i = 0; $i < $n; $i++) {
    $worker->handle('/reports/' . $i);
}
