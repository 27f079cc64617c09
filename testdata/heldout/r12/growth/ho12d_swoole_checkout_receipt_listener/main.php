<?php

declare(strict_types=1);

require __DIR__ . '/src/Events/ListenerProvider.php';
require __DIR__ . '/src/Checkout/CheckoutService.php';
require __DIR__ . '/src/Server/Swoole.php';

use App\Checkout\CheckoutService;
use App\Checkout\Order;
use App\Checkout\ReceiptMailer;
use App\Events\EventDispatcher;
use App\Events\ListenerProvider;
use Swoole\Http\Request;
use Swoole\Http\Response;
use Swoole\Http\Server;

$listenerProvider = new ListenerProvider();
$checkout = new CheckoutService($listenerProvider, new EventDispatcher($listenerProvider), new ReceiptMailer());

$server = new Server('0.0.0.0', 9501);
$server->on('request', static function (Request $request, Response $response) use ($checkout): void {
    $items = $request->post['items'];
    $order = new Order(
        $request->post['order_id'],
        $request->post['email'],
        $request->post['address'],
        $items,
        array_sum(array_map(static fn (array $i): int => $i['qty'] * $i['cents'], $items)),
    );

    $transactionId = $checkout->placeOrder($order);

    $response->status(201);
    $response->end(json_encode(['order' => $order->id, 'transaction' => $transactionId]));
});
$server->start();
