<?php
// A charging-station gateway makes a session per charge. The session
// registers its handlers, closures bound to itself, on its own event
// emitter, and "removes" them on close with closures made anew, which
// equal none of those kept: session, emitter and closures stay linked
// and are dropped together, a garbage cycle per charge.

require __DIR__ . '/vendor/evenement/evenement/src/EventEmitter.php';
require __DIR__ . '/src/MeterSession.php';

use App\MeterSession;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $session = new MeterSession('CP-' . (100 + $i % 40));
    for ($k = 0; $k < 5; $k++) {
        $session->frame('meter', 1200 + $k * 37);
    }
    $session->frame('stop', 1400);
    $session->close();
}
