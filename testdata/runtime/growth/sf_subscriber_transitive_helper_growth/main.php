<?php
// Symfony app in a worker runtime: a kernel.controller subscriber calls a private helper that records into a shared audit
// trail service, which appends the entry to its own property (growth two calls away from the subscribed method).

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Controller/AdminUserController.php';
require_once __DIR__.'/src/Security/AuditTrail.php';
require_once __DIR__.'/src/EventSubscriber/AdminAccessSubscriber.php';

$kernel = new Kernel('prod', false);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create("/admin/users/{$i}", 'GET', [], [], [], [
        'HTTP_USER_AGENT' => "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{$i} Safari/605.1.15 ".str_repeat('z', 300),
        'REMOTE_ADDR' => '192.168.'.($i % 250).'.'.($i % 200),
    ]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
