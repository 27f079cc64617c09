<?php
// A traffic service streams incidents to map clients. Each connection
// subscribes to the process-wide incident feed when it opens and
// unsubscribes when it closes; but stop() asks its helper for the
// listener again, a new closure the feed does not hold, so the one
// start() added stays, with the subscription it is bound to.

declare(strict_types=1);

require __DIR__ . '/vendor/evenement.php';
require __DIR__ . '/src/CorridorSubscription.php';

use Evenement\EventEmitter;
use Traffic\CorridorSubscription;

$feed = new EventEmitter();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $subscription = new CorridorSubscription($feed, ['A9', 'M25', 'I-405'][$i % 3], 'client-' . $i . str_repeat('.', 600));
    $subscription->start();
    $feed->emit('incident', ['A9', 'lane closed near exit ' . ($i % 40)]);
    $subscription->stop();
}
