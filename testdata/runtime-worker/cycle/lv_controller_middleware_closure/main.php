<?php
// Laravel under Octane: one Application booted for the whole worker process, requests handled in a loop.
// The router resolves AccountSettingsController (named in routes/web.php) per request; its constructor
// registers controller middleware as a closure capturing $this, which the controller keeps in $middleware.

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
        'uri' => '/account/settings',
        'server' => ['HTTP_AUTHORIZATION' => 'Bearer ' . hash('sha256', "token-{$i}"), 'REMOTE_ADDR' => '10.6.' . intdiv($i, 250) % 250 . '.' . $i % 250],
    ])));
}
