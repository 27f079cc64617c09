<?php

// A queue consumer: the listeners are wired at boot by the closure the
// configuration file returns; the order alert listener captures the
// suppression set by value: what one message adds to its copy is gone
// when the call ends.

require __DIR__ . '/vendor/symfony/EventDispatcher.php';
require __DIR__ . '/src/OrderAlerts.php';

use App\OrderPlaced;
use Symfony\Component\EventDispatcher\EventDispatcher;

$events = new EventDispatcher();
(require __DIR__ . '/config/listeners.php')($events, ['c-1:o-1']);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $events->dispatch(new OrderPlaced(sprintf('o-%07d', $i), 'c-' . ($i % 50)));
}
