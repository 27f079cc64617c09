<?php
// Laravel under Octane: one Application booted for the whole worker process, requests handled in a loop.
// RecordRequestTimings is a global middleware (App\Http\Kernel::$middleware) registered as a singleton so
// that terminate() sees the same instance; it keeps the timing on the request ($request->attributes).

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
        'uri' => "/invoices/{$i}?download=0",
        'server' => [
            'REMOTE_ADDR' => '10.2.' . intdiv($i, 250) % 250 . '.' . $i % 250,
            'HTTP_USER_AGENT' => "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.{$i}.0 Safari/537.36",
            'HTTP_TRACEPARENT' => sprintf('00-%032x-%016x-01', $i * 7919, $i),
            'HTTP_COOKIE' => 'laravel_session=' . hash('sha256', "session-{$i}") . '; XSRF-TOKEN=' . hash('sha512', "xsrf-{$i}"),
            'HTTP_ACCEPT' => 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
        ],
    ])));
}
