<?php
// A traffic service streams incidents to map clients. Each connection
// subscribes to the process-wide incident feed when it opens and
// unsubscribes when it closes; the subscription keeps its listener in a
// property, so stop() removes the very closure start() added.

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
