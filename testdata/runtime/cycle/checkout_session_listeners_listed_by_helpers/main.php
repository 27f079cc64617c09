<?php
// A checkout API opens a session per cart, each with an event dispatcher
// of its own. The session lists its listeners in helper methods
// ($this->recordLine(...), Closure::fromCallable([$this, 'addToTotal']))
// and adds them to its dispatcher: the dispatcher holds closures bound to
// the session that holds the dispatcher, a cycle per request.

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
