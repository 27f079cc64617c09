<?php
// A live score server subscribes a relay closure to the long-lived match
// bus for every connection. On close, unsubscribe() builds the relay
// again and asks the bus to remove that one: a new Closure, equal to no
// listener registered, so nothing goes and the bus keeps every
// connection's relay.

require __DIR__ . '/vendor/Emitter.php';
require __DIR__ . '/src/Feed.php';

use App\Feed\ScoreFeedController;
use App\Feed\ScoreFormatter;
use Evenement\Connection;
use Evenement\Emitter;

$bus = new Emitter();
$controller = new ScoreFeedController($bus, new ScoreFormatter());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $conn = new Connection('c' . $i);
    $controller->subscribe($conn, 'match-' . ($i % 7));
    $conn->emit('close');
    unset($conn);
}
