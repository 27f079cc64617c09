<?php

declare(strict_types=1);

require __DIR__ . '/vendor/workerman/Worker.php';
require __DIR__ . '/src/WebhookOutbox.php';
require __DIR__ . '/src/OrderController.php';

use App\Http\OrderController;
use App\Webhook\HttpSender;
use App\Webhook\WebhookOutbox;
use Workerman\TcpConnection;
use Workerman\Timer;
use Workerman\Worker;

/** Guzzle-backed in production; here the ERP's endpoint has been gone for weeks. */
final class CurlSender implements HttpSender
{
    public function post(string $url, string $body, array $headers): int
    {
        return str_contains($url, 'legacy-erp') ? 503 : 204;
    }
}

$outbox = new WebhookOutbox(new CurlSender());
$controller = new OrderController($outbox, [
    'https://hooks.fulfilment.example.com/v2/orders',
    'https://legacy-erp.example.net/api/import/orders',
], 'whsec_6f1c0d1ab2e04c7d9e5a');

$worker = new Worker('http://0.0.0.0:8080');
$worker->onWorkerStart = static function () use ($outbox): void {
    Timer::add(1.0, $outbox->relay(...));
};
$worker->onMessage = $controller->onMessage(...);

($worker->onWorkerStart)($worker);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$connection = new TcpConnection(1, '10.0.3.17:51234');
for ($i = 0; $i < $n; $i++) {
    ($worker->onMessage)($connection, json_encode([
        'seq' => $i,
        'id' => sprintf('ord_%010d', 5_000_000 + $i),
        'customer' => ['id' => 'cus_' . (800 + $i % 300), 'email' => "shopper{$i}@example.com"],
        'lines' => [
            ['sku' => 'TSHIRT-ORG-M-NAVY', 'qty' => 2, 'price' => 2499],
            ['sku' => 'SOCKS-MERINO-43-GREY', 'qty' => 1, 'price' => 1299],
        ],
        'shipping' => ['method' => 'dhl-express', 'country' => 'DE', 'zip' => sprintf('%05d', 10000 + $i % 80000)],
    ]));

    Timer::tick();
}
