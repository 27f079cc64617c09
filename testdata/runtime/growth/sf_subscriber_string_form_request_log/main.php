<?php
// Symfony app in a worker runtime: a kernel.request subscriber (string form of getSubscribedEvents) appends each request to its own property.

use App\Kernel;
use Symfony\Component\HttpFoundation\Request;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Controller/OrderController.php';
require_once __DIR__.'/src/EventSubscriber/RequestLogSubscriber.php';

$kernel = new Kernel('prod', false);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create("/orders/{$i}", 'GET', ['expand' => 'lines'], [], [], [
        'HTTP_USER_AGENT' => "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.{$i}.0 Safari/537.36 ".str_repeat('x', 200),
        'HTTP_X_REQUEST_ID' => sprintf('req-%08d-%s', $i, md5((string) $i)),
        'REMOTE_ADDR' => '10.0.'.($i % 250).'.'.($i % 200),
    ]);
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
