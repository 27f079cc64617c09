<?php
// A RoadRunner-style worker serves order details through a long-lived entity manager whose identity map is cleared after every request.

declare(strict_types=1);

require __DIR__ . '/src/ORM/EntityManager.php';
require __DIR__ . '/src/Entity/Order.php';
require __DIR__ . '/src/Entity/OrderLine.php';
require __DIR__ . '/src/Entity/OrderRepository.php';
require __DIR__ . '/src/RoadRunner/Worker.php';
require __DIR__ . '/src/Http/OrderController.php';

use App\Entity\Order;
use App\Entity\OrderLine;
use App\Entity\OrderRepository;
use App\Http\OrderController;
use Mini\ORM\EntityManager;
use Mini\ORM\FakeConnection;
use Spiral\RoadRunner\Http\HttpWorker;

$em = new EntityManager(new FakeConnection());
$em->registerHydrator(Order::class, static fn (array $r): Order => new Order((int) $r['id'], (string) $r['number'], (string) $r['customer'], (string) $r['notes']));
$em->registerHydrator(OrderLine::class, static fn (array $r): OrderLine => new OrderLine((int) $r['id'], (string) $r['sku'], (int) $r['qty'], (string) $r['description']));
$controller = new OrderController(new OrderRepository($em));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new HttpWorker($n);
while ($request = $worker->waitRequest()) {
    try {
        [$status, $body] = $controller->show($request);
        $worker->respond($status, $body, ['Content-Type' => 'application/json']);
    } finally {
        $em->clear();
    }
}
