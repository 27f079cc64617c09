<?php

declare(strict_types=1);

require __DIR__ . '/src/Domain/Order.php';
require __DIR__ . '/src/Domain/OrderLine.php';
require __DIR__ . '/src/Amp/Http.php';
require __DIR__ . '/src/Http/ImportOrderHandler.php';

use Amp\Http\Server\Request;
use Amp\Http\Server\SocketHttpServer;
use App\Http\ImportOrderHandler;

$server = new SocketHttpServer();
$handler = new ImportOrderHandler();
$server->start($handler);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode([
        'number' => sprintf('SO-%06d', $i),
        'currency' => 'EUR',
        'ship_to' => "Warehouse lane {$i}, 1011 AB Amsterdam, Netherlands",
        'lines' => [
            ['sku' => "CHAIR-{$i}", 'description' => 'Ergonomic office chair, graphite fabric, adjustable arms', 'qty' => 2, 'price' => 18900],
            ['sku' => "DESK-{$i}", 'description' => 'Sit-stand desk 160x80, oak veneer top, dual motor frame', 'qty' => 1, 'price' => 64900],
            ['sku' => "LAMP-{$i}", 'description' => 'LED desk lamp with wireless charging base, warm white', 'qty' => 3, 'price' => 4900],
        ],
    ], JSON_THROW_ON_ERROR);

    $server->accept(new Request('POST', '/orders/import', $body));
}
