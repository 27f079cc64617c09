<?php
// A ReactPHP line server arms an idle timer per session and keeps the
// timer ReactPHP hands back. The timer keeps its callback, a closure
// over the session; ending the session cancels the timer but keeps it,
// so session, timer and closure reference each other (a garbage cycle).

require __DIR__ . '/vendor/react/event-loop/src/Loop.php';
require __DIR__ . '/src/Session.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $session = new App\Session(sprintf('10.0.%d.%d:%d', intdiv($i, 250) % 250, $i % 250, 40000 + $i % 20000), str_repeat('hello ', 120));
    $session->start();
    $session->end();
}
