<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/http-kernel.php';
require __DIR__ . '/vendor/spiral/roadrunner-worker.php';
require __DIR__ . '/src/StatsdClient.php';
require __DIR__ . '/src/RequestMetricsSubscriber.php';

use App\Metrics\RequestMetricsSubscriber;
use App\Metrics\StatsdClient;
use Spiral\RoadRunner\Http\HttpWorker;
use Symfony\Component\HttpKernel\EventDispatcher;
use Symfony\Component\HttpKernel\HttpKernel;
use Symfony\Component\HttpKernel\Request;
use Symfony\Component\HttpKernel\Response;

$statsd = new StatsdClient('shop.web', ['env' => 'prod', 'pod' => 'web-7f9c6d5b8-x2kqz', 'region' => 'eu-central-1']);
$dispatcher = new EventDispatcher();
(new RequestMetricsSubscriber($statsd))->register($dispatcher);

$kernel = new HttpKernel($dispatcher, static function (Request $request): Response {
    return new Response(sprintf('<h1>%s</h1>', htmlspecialchars($request->path)), 200, ['content-type' => 'text/html']);
});

$worker = new HttpWorker((int) (getenv('PHPLEAK_N') ?: 100));

while ($request = $worker->waitRequest()) {
    try {
        $response = $kernel->handle($request);
    } catch (\Throwable $e) {
        $response = new Response('Internal Server Error', 500);
    }
    $worker->respond($response);
}
