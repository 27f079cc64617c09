<?php
// Order lines point back at their order; the checkout controller (another file) detaches them in finally.

require_once __DIR__ . '/Order.php';
require_once __DIR__ . '/OrderLine.php';
require_once __DIR__ . '/CheckoutController.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new CheckoutController();
for ($i = 0; $i < $n; $i++) {
    $controller->checkout(['number' => "SO-{$i}", 'items' => [['Keyboard', 4999, 1], ['Cable ' . str_repeat('USB-C ', 40), 999, $i % 4]]]);
}
