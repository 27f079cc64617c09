<?php
// Laravel under Octane: one Application booted for the whole worker process, requests handled in a loop.
// AppServiceProvider binds PaymentGatewayClient with singleton(); the checkout route's controller charges
// through it on every request and the client keeps every request it sent.

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
    $cart = implode(',', array_map(static fn (int $k): string => "sku-{$i}-{$k}:qty" . ($k % 3 + 1), range(1, 32)));
    $worker->handle(...$client->marshalRequest(new RequestContext([
        'method' => 'POST',
        'uri' => "/orders/{$i}/checkout",
        'parameters' => ['amount' => 1000 + $i, 'currency' => 'EUR', 'cart' => $cart],
        'server' => ['REMOTE_ADDR' => '10.0.' . intdiv($i, 250) % 250 . '.' . $i % 250, 'HTTP_X_REQUEST_ID' => "req-{$i}"],
    ])));
}
