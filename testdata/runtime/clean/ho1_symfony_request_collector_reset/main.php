<?php
// A long-running HTTP worker boots an event dispatcher with a request data collector subscriber and serves requests through a small kernel, resetting resettable services between requests.

require __DIR__ . '/EventDispatcher.php';
require __DIR__ . '/HttpKernel.php';
require __DIR__ . '/ServicesResetter.php';
require __DIR__ . '/RequestDataCollector.php';

use App\Profiler\RequestDataCollector;
use Framework\EventDispatcher\EventDispatcher;
use Framework\HttpKernel\HttpKernel;
use Framework\HttpKernel\Request;
use Framework\HttpKernel\Response;
use Framework\Service\ServicesResetter;

final class Worker
{
    private int $served = 0;

    public function __construct(private int $max) {}

    public function waitRequest(): ?Request
    {
        if ($this->served >= $this->max) {
            return null;
        }
        $i = $this->served++;
        return new Request('GET', '/search', ['q' => 'running shoes size ' . $i, 'page' => (string) ($i % 5), 'session' => md5('s' . $i)], ['accept' => 'text/html']);
    }

    public function respond(Response $response): void
    {
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$dispatcher = new EventDispatcher();
$collector = new RequestDataCollector();
$dispatcher->addSubscriber($collector);
$resetter = new ServicesResetter([$collector]);
$kernel = new HttpKernel($dispatcher, static fn (Request $r): Response => new Response('<ul>' . str_repeat('<li>result</li>', 20) . '</ul>', 200, ['x-query' => $r->query['q'], 'cache-control' => 'private, max-age=0']));
$worker = new Worker($n);

while ($request = $worker->waitRequest()) {
    $response = $kernel->handle($request);
    $worker->respond($response);
    $kernel->terminate($request, $response);
    $resetter->reset();
}
