<?php
// Laravel under Octane: one Application booted for the whole worker process, requests handled in a loop.
// When the worker starts, the Artisan command prices:warm (WarmPriceCache::handle, run once) fills
// PriceCache's static array for the fixed catalogue; the per-request PriceController only reads it.

require_once __DIR__ . '/vendor/autoload.php';

use Illuminate\Contracts\Console\Kernel as ConsoleKernel;
use Laravel\Octane\ApplicationFactory;
use Laravel\Octane\RequestContext;
use Laravel\Octane\Testing\Fakes\FakeClient;
use Laravel\Octane\Worker;

$client = new FakeClient();
$worker = new Worker(new ApplicationFactory(__DIR__), $client);
$worker->boot();
$worker->application()->make(ConsoleKernel::class)->call('prices:warm', ['--region' => ['DE', 'FR', 'NL']]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(...$client->marshalRequest(new RequestContext([
        'method' => 'GET',
        'uri' => sprintf('/products/SKU-%06d/price?region=%s', $i, ['DE', 'FR', 'NL'][$i % 3]),
        'server' => ['REMOTE_ADDR' => '10.7.' . intdiv($i, 250) % 250 . '.' . $i % 250],
    ])));
}
