<?php
// A RoadRunner-style search worker collects per-request timing metrics on kernel.response and sends them when kernel.terminate is dispatched; the worker loop only calls handle() and respond().

require __DIR__ . '/EventDispatcher.php';
require __DIR__ . '/Http.php';
require __DIR__ . '/Metrics.php';

use App\Events\EventDispatcher;
use App\Http\Kernel;
use App\Http\Request;
use App\Http\Response;
use App\Http\Router;
use App\Metrics\RequestMetricsCollector;
use App\Metrics\UdpStatsdTransport;

final class RoadRunnerWorker
{
    private int $served = 0;

    public function __construct(private int $limit) {}

    public function waitRequest(): ?Request
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;
        return new Request('GET', '/search', ['q' => 'wireless headphones noise cancelling ' . $i, 'page' => (string) ($i % 5 + 1), 'sort' => 'relevance']);
    }

    public function respond(Response $response): void {}
}

$events = new EventDispatcher();
$router = new Router();
$metrics = new RequestMetricsCollector(new UdpStatsdTransport('127.0.0.1', 8125), 'search_api');
$events->addListener('kernel.request', [$router, 'onRequest']);
$events->addListener('kernel.response', [$metrics, 'onResponse']);
$events->addListener('kernel.terminate', [$metrics, 'onTerminate']);
$kernel = new Kernel($events);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new RoadRunnerWorker($n);
while ($request = $worker->waitRequest()) {
    $response = $kernel->handle($request);
    $worker->respond($response);
}
