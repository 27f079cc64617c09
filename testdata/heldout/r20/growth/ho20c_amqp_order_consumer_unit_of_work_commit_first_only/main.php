<?php

declare(strict_types=1);

require __DIR__ . '/vendor/amqp-stub/Channel.php';
require __DIR__ . '/src/Orm/UnitOfWork.php';
require __DIR__ . '/src/Ordering/PlaceOrderConsumer.php';

use App\Ordering\PlaceOrderConsumer;
use App\Orm\EntityManager;
use App\Orm\PdoConnection;
use App\Orm\UnitOfWork;
use PhpAmqpLib\Channel\AMQPChannel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$channel = new AMQPChannel(static function (int $i) use ($n): ?string {
    if ($i >= $n) {
        return null;
    }

    return json_encode([
        'customer' => ['email' => "shopper{$i}@mail.example", 'name' => "Shopper {$i}"],
        'channel' => $i % 2 === 0 ? 'web' : 'app',
        'placed_at' => date(DATE_ATOM, 1700000000 + $i * 60),
        'lines' => [
            ['sku' => 'TEE-' . ($i % 12), 'title' => 'Organic cotton tee, size ' . ['S', 'M', 'L'][$i % 3] . ', batch ' . $i, 'qty' => 1 + $i % 3, 'price' => 2499],
            ['sku' => 'SOCK-3PK', 'title' => "Merino hiking socks (3 pack) for order {$i}", 'qty' => 1, 'price' => 999],
            ['sku' => 'GIFTWRAP', 'title' => "Gift wrap with card: Happy birthday #{$i}", 'qty' => 1, 'price' => 350],
        ],
    ]);
});

$consumer = new PlaceOrderConsumer(new EntityManager(new UnitOfWork(new PdoConnection())));
$channel->basic_consume('orders.place', 'order-worker-1', static function (string $body) use ($consumer): void {
    $consumer($body);
});

while ($channel->is_consuming()) {
    $channel->wait();
}
