<?php
// A checkout API opens a session per cart, each with an event dispatcher
// of its own. The session lists its listeners in helper methods as static
// closures that capture only the session's totals and lines: nothing the
// dispatcher holds points back at the session, so both go with the
// request.

require __DIR__ . '/vendor/EventDispatcher.php';
require __DIR__ . '/src/Checkout.php';

use App\Checkout\SessionFactory;

$factory = new SessionFactory();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $session = $factory->open('cart-' . $i);
    $session->add('SKU-' . ($i % 50), 1999);
    $session->add('SKU-' . ($i % 7), 499);
    $total = $session->total();
}
