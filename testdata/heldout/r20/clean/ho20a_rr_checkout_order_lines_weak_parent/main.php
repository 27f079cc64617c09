<?php

declare(strict_types=1);

require __DIR__ . '/vendor/doctrine/orm/EntityManager.php';
require __DIR__ . '/vendor/spiral/roadrunner/PSR7Worker.php';
require __DIR__ . '/src/Entity/Order.php';
require __DIR__ . '/src/Controller/CheckoutController.php';

use App\Controller\CheckoutController;
use Doctrine\ORM\EntityManager;
use Spiral\RoadRunner\Http\PSR7Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// Kernel boot: services live for the whole worker lifetime.
$em = new EntityManager();
$controller = new CheckoutController($em, ['EU' => 21, 'US' => 0, 'UK' => 20]);
$worker = new PSR7Worker($n);

while ($request = $worker->waitRequest()) {
    try {
        $worker->respond($controller->checkout($request));
    } finally {
        // RoadRunner bundle's doctrine reset: detach everything after each request.
        $em->clear();
    }
}
