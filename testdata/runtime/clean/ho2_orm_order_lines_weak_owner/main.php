<?php
// A checkout endpoint builds an order with its lines for each posted cart and returns a receipt array.

declare(strict_types=1);

require __DIR__ . '/src/Entity/Order.php';
require __DIR__ . '/src/Entity/OrderLine.php';
require __DIR__ . '/src/Service/CheckoutService.php';

use Acme\Shop\Service\CheckoutService;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$checkout = new CheckoutService('EUR');

for ($i = 0; $i < $n; $i++) {
    $cart = [
        'email' => "buyer{$i}@example.org",
        'items' => [
            ['sku' => 'TSHIRT-' . $i, 'name' => str_repeat('Organic cotton tee, size M. ', 6) . $i, 'qty' => 2, 'price' => 1999],
            ['sku' => 'MUG-' . $i, 'name' => str_repeat('Enamel camping mug. ', 6) . $i, 'qty' => 1, 'price' => 850],
        ],
    ];
    $receipt = $checkout->checkout(sprintf('ORD-%06d', $i), $cart);
}
