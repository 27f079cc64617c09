<?php
// A checkout controller dispatches OrderPlaced on the application's league/event dispatcher, whose receipt listener is subscribed by a service provider at boot.

require __DIR__ . '/stubs/psr-event-dispatcher.php';
require __DIR__ . '/stubs/league-event.php';
require __DIR__ . '/src/Order.php';
require __DIR__ . '/src/CheckoutController.php';
require __DIR__ . '/src/EventServiceProvider.php';

use App\Billing\CheckoutController;
use App\Providers\EventServiceProvider;
use League\Event\EventDispatcher;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$dispatcher = new EventDispatcher();
(new EventServiceProvider($dispatcher))->boot();
$controller = new CheckoutController($dispatcher);

for ($i = 0; $i < $n; $i++) {
    $cart = [];
    for ($l = 0; $l < 4; $l++) {
        $cart[] = ['sku' => sprintf('SKU-%05d', $i * 4 + $l), 'title' => str_repeat('Widget ', 12), 'qty' => 1 + $l];
    }
    $controller->checkout("buyer{$i}@example.com", $cart);
}
