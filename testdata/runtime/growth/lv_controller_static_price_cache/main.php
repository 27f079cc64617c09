<?php
// Laravel under Octane: one Application booted for the whole worker process, requests handled in a loop.
// The router resolves PriceController (named in routes/web.php) per request; show() stores every quote it
// computes in PriceCache's static array under the requested SKU.

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
        'uri' => sprintf('/products/SKU-%06d/price?region=%s', $i, ['DE', 'FR', 'NL'][$i % 3]),
        'server' => ['REMOTE_ADDR' => '10.7.' . intdiv($i, 250) % 250 . '.' . $i % 250],
    ])));
}
