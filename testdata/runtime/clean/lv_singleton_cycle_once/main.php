<?php
// Laravel under Octane: one Application booted for the whole worker process, requests handled in a loop.
// AppServiceProvider binds OrderRepository with singleton(): the repository and its OrderCacheInvalidator
// point at each other, but the pair is built once and lives for the whole process.

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
        'uri' => '/orders/' . (70000 + $i),
        'server' => ['REMOTE_ADDR' => '10.5.' . intdiv($i, 250) % 250 . '.' . $i % 250],
    ])));
}
