<?php
// A worker loop hands each request to a watch that starts a deadline
// timer on the event loop, then runs the timers due once the request is
// answered.

require __DIR__ . '/vendor/revolt/EventLoop.php';
require __DIR__ . '/src/SlowRequestWatch.php';

$watch = new App\SlowRequestWatch();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $watch->handle(['path' => '/reports/' . (5000 + $i), 'agent' => str_repeat('Mozilla/5.0 ', 50)]);
    Revolt\EventLoop::runDue();
}
