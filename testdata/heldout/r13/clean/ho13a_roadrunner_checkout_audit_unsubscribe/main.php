<?php

declare(strict_types=1);

require __DIR__ . '/runtime/RoadRunner.php';
require __DIR__ . '/src/Event/SubscriberInterface.php';
require __DIR__ . '/src/Event/EventDispatcher.php';
require __DIR__ . '/src/Checkout/CheckoutAuditSubscriber.php';
require __DIR__ . '/src/Http/CheckoutController.php';

use App\Event\EventDispatcher;
use App\Http\CheckoutController;
use Spiral\RoadRunner\Http\PSR7Worker;

$controllerFactory = static fn (): CheckoutController => new CheckoutController(new EventDispatcher());

$worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));

while ($request = $worker->waitRequest()) {
    $controller = $controllerFactory();
    $worker->respond($controller($request));
    unset($controller);
}
