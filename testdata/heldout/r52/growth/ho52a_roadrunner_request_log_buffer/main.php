<?php

require __DIR__ . '/vendor/monolog/monolog.php';
require __DIR__ . '/vendor/spiral/roadrunner.php';
require __DIR__ . '/src/Logging/LoggerFactory.php';
require __DIR__ . '/src/Http/AccessLogMiddleware.php';
require __DIR__ . '/src/Http/TrackingController.php';

use App\Http\AccessLogMiddleware;
use App\Http\TrackingController;
use App\Logging\LoggerFactory;
use Spiral\RoadRunner\Http\PSR7Worker;

$logger = LoggerFactory::fromConfig(require __DIR__ . '/config/logging.php');
$middleware = new AccessLogMiddleware($logger);
$controller = new TrackingController();
$worker = new PSR7Worker();

while ($request = $worker->waitRequest()) {
    try {
        $response = $middleware->process($request, $controller);
        $worker->respond($response);
    } catch (\Throwable $e) {
        $worker->respond(new \Nyholm\Psr7\Response(500));
    }
    unset($request, $response);
}
