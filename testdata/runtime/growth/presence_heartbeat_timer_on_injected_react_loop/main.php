<?php
// A dating app's presence feed keeps each open stream alive with a
// heartbeat timer on ReactPHP's loop (injected as LoopInterface). The
// timer is never cancelled when the stream closes, so the loop keeps
// every timer, and the stream its callback holds.

require __DIR__ . '/vendor/react/loop.php';
require __DIR__ . '/src/Presence.php';

use App\Presence\PresenceController;
use React\EventLoop\StreamSelectLoop;

$controller = new PresenceController(new StreamSelectLoop());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->open(['user' => 'u' . $i]);
}
