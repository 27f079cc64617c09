<?php
// A checkout API worker builds a small state machine per request, with its own event dispatcher and a stock guard subscriber, and walks each order through address, payment and confirmation.

require_once __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/src/Checkout/Order.php';
require_once __DIR__ . '/src/Checkout/Event/TransitionEvent.php';
require_once __DIR__ . '/src/Checkout/CheckoutProcess.php';
require_once __DIR__ . '/src/Inventory/InventoryService.php';
require_once __DIR__ . '/src/Checkout/EventSubscriber/StockGuardSubscriber.php';
require_once __DIR__ . '/src/Checkout/CheckoutProcessFactory.php';

use App\Checkout\CheckoutProcessFactory;
use App\Checkout\Order;
use App\Inventory\InventoryService;

$factory = new CheckoutProcessFactory(new InventoryService());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $order = new Order(
        sprintf('WEB-%07d', $i),
        "shopper{$i}@example.com",
        [
            ['sku' => 'MUG-' . ($i % 40), 'name' => 'Enamel camping mug, forest green', 'qty' => 1 + $i % 3, 'unit_price' => 1490],
            ['sku' => 'TEE-' . ($i % 25), 'name' => 'Organic cotton t-shirt, size ' . ['S', 'M', 'L', 'XL'][$i % 4], 'qty' => 1, 'unit_price' => 2490],
        ],
        ['name' => "Shopper {$i}", 'street' => ($i % 200) . ' Harbour Road', 'city' => 'Bristol', 'postcode' => 'BS1 ' . ($i % 9) . 'AA', 'country' => 'GB'],
    );

    $process = $factory->create($order);
    foreach (['submit_address', 'pay', 'confirm'] as $transition) {
        if (!$process->apply($transition)) {
            break;
        }
    }
}
