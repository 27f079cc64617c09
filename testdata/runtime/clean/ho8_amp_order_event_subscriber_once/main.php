<?php
// AMPHP shop API: the place-order RequestHandler subscribes its confirmation listener once on an event bus built before the server starts.

declare(strict_types=1);

use Amp\Http\Server\{DefaultErrorHandler, Request, SocketHttpServer};
use App\Order\{EventBus, Mailer, PlaceOrderHandler};
use Psr\Log\NullLogger;

require __DIR__ . '/vendor/amphp/http-server.php';
require __DIR__ . '/src/Order/EventBus.php';
require __DIR__ . '/src/Order/PlaceOrderHandler.php';

$events = new EventBus();
$mailer = new Mailer();

$server = SocketHttpServer::createForDirectAccess(new NullLogger());
$server->expose('0.0.0.0:8080');
$server->start(new PlaceOrderHandler($events, $mailer), new DefaultErrorHandler());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $lines = array_map(fn (int $k) => ['sku' => "SKU-{$i}-{$k}", 'qty' => $k, 'note' => "gift wrap {$k}"], range(1, 4));
    $server->receive(new Request('POST', '/orders', ['content-type' => 'application/json'], json_encode(['email' => "buyer{$i}@example.org", 'lines' => $lines])));
}
