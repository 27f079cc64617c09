<?php
// Laravel under Octane: one Application booted for the whole worker process, requests handled in a loop.
// RecentlyViewed is a singleton() that collects the products shown during a request; config/octane.php
// 'flush' names RecentlyViewed, so Octane's FlushTemporaryContainerInstances forgets it after each request.

require_once __DIR__ . '/vendor/autoload.php';

use Laravel\Octane\ApplicationFactory;
use Laravel\Octane\RequestContext;
use Laravel\Octane\Testing\Fakes\FakeClient;
use Laravel\Octane\Worker;

$client = new FakeClient();
$worker = new Worker(new ApplicationFactory(__DIR__), $client);
$worker->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(...$client->marshalRequest(new RequestContext([
        'method' => 'GET',
        'uri' => "/products/{$i}?ref=home",
        'server' => ['REMOTE_ADDR' => '10.1.' . intdiv($i, 250) % 250 . '.' . $i % 250],
    ])));
}
