<?php
// Laravel under Octane: one Application booted for the whole worker process, requests handled in a loop.
// The Audit facade (getFacadeAccessor() = 'audit') is static access to a singleton() AuditTrail; the
// per-request DocumentController adds a listener through it on every download, a closure over the request,
// and the trail keeps every listener.

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
        'uri' => "/documents/{$i}/download",
        'server' => [
            'REMOTE_ADDR' => '10.8.' . intdiv($i, 250) % 250 . '.' . $i % 250,
            'HTTP_USER_AGENT' => "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{$i} Safari/605.1.15",
            'HTTP_REFERER' => "https://portal.example.com/matters/{$i}/documents?sort=updated&filter=" . str_repeat('contract,', 20),
        ],
    ])));
}
