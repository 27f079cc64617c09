<?php
// A Symfony-style HTTP kernel serves orders in a worker loop while a kernel subscriber builds an audit trail keyed by request id.

require_once __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/src/Audit/AuditEntry.php';
require_once __DIR__ . '/src/EventSubscriber/RequestAuditSubscriber.php';
require_once __DIR__ . '/src/Controller/OrderController.php';

use App\Controller\OrderController;
use App\EventSubscriber\RequestAuditSubscriber;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\HttpKernel;

$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new RequestAuditSubscriber('prod'));

$orders = new OrderController();
$kernel = new HttpKernel($dispatcher, [
    '/api/orders/' => [$orders, 'show'],
    '/api/orders' => [$orders, 'index'],
]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create(
        '/api/orders/' . (5000 + $i) . '?expand=lines,customer',
        'GET',
        [
            'User-Agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
            'Accept' => 'application/json',
        ],
        '',
        '10.0.' . ($i % 250) . '.' . ($i % 200),
    );
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
