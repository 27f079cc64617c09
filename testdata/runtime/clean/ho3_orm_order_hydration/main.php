<?php
// A shop API front controller loads an order aggregate with its line items from a fake database connection for every request and renders it as JSON.

declare(strict_types=1);

require __DIR__ . '/src/Entity/Order.php';
require __DIR__ . '/src/Entity/OrderLine.php';
require __DIR__ . '/src/Persistence/ArrayConnection.php';
require __DIR__ . '/src/Persistence/OrderRepository.php';
require __DIR__ . '/src/Http/OrderController.php';

use Shop\Http\OrderController;
use Shop\Persistence\ArrayConnection;
use Shop\Persistence\OrderRepository;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$connection = new ArrayConnection();
$controller = new OrderController(new OrderRepository($connection));

for ($i = 0; $i < $n; $i++) {
    $response = $controller->show(5000 + $i);
    if ($response['status'] !== 200) {
        break;
    }
}
