<?php
// Laravel under Octane: one Application booted for the whole worker process, requests handled in a loop.
// The global middleware MeasureCheckoutLatency calls Event::listen() on every request; the Event facade
// resolves the process-wide 'events' dispatcher, which keeps every listener (and the request it captured).

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
        'method' => 'POST',
        'uri' => "/carts/{$i}/checkout",
        'parameters' => ['coupon' => "SPRING-{$i}", 'note' => str_repeat("leave at door {$i}; ", 12)],
        'server' => ['REMOTE_ADDR' => '10.3.' . intdiv($i, 250) % 250 . '.' . $i % 250, 'HTTP_X_REQUEST_ID' => "req-{$i}"],
    ])));
}
