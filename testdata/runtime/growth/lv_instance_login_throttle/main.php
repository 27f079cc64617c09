<?php
// Laravel under Octane: one Application booted for the whole worker process, requests handled in a loop.
// AppServiceProvider::register() puts a LoginThrottle object in the container with instance(), so it
// lives for the whole process; the per-request LoginController records every attempt in it by e-mail.

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
        'uri' => '/login',
        'parameters' => ['email' => "customer{$i}@example.org", 'password' => str_repeat('x', 12)],
        'server' => [
            'REMOTE_ADDR' => '10.9.' . intdiv($i, 250) % 250 . '.' . $i % 250,
            'HTTP_USER_AGENT' => "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.{$i}.0 Safari/537.36 Edg/121.0.{$i}.0 " . str_repeat("SSOExtension/{$i} ", 16),
        ],
    ])));
}
