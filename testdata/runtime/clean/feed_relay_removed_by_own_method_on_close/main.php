<?php
// A live score server subscribes a relay closure to the long-lived match
// bus for every connection, and registers a close callback on the
// connection that hands the same relay to the controller's unsubscribe(),
// which removes it from the bus: when the connection ends its listener
// goes.

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
