<?php
// Laravel under Octane: one Application booted for the whole worker process, requests handled in a loop.
// The global middleware IdentifyTenant registers a Str macro whose name includes the tenant id on every
// request; Macroable keeps macros in a static array, so one closure (and its tenant) stays per tenant seen.

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
        'uri' => '/invoices/' . (5000 + $i),
        'server' => ['HTTP_HOST' => "acme{$i}.billing.example.com", 'REMOTE_ADDR' => '10.4.' . intdiv($i, 250) % 250 . '.' . $i % 250],
    ])));
}
