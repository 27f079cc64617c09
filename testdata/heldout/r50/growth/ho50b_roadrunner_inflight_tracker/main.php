<?php

declare(strict_types=1);

require __DIR__ . '/vendor/psr/http-message.php';
require __DIR__ . '/vendor/nyholm/psr7.php';
require __DIR__ . '/vendor/spiral/roadrunner-http.php';
require __DIR__ . '/src/Metrics/InflightRequests.php';
require __DIR__ . '/src/Metrics/LatencyHistogram.php';
require __DIR__ . '/src/Middleware/RequestId.php';
require __DIR__ . '/src/Middleware/TrackInflight.php';
require __DIR__ . '/src/Http/Pipeline.php';
require __DIR__ . '/src/Http/StockController.php';

use App\Http\Pipeline;
use App\Http\StockController;
use App\Metrics\InflightRequests;
use App\Metrics\LatencyHistogram;
use App\Middleware\RequestId;
use App\Middleware\TrackInflight;
use Nyholm\Psr7\Response;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Worker;

$inflight = new InflightRequests();
$histogram = new LatencyHistogram();

$app = new Pipeline([
    new TrackInflight($inflight, $histogram),
    new RequestId(),
], new StockController());

$psr7 = new PSR7Worker(Worker::create());

while ($request = $psr7->waitRequest()) {
    try {
        $psr7->respond($app->handle($request));
    } catch (\Throwable $e) {
        $psr7->respond(new Response(500, [], 'internal error'));
    }
}
