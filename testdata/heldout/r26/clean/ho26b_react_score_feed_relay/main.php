<?php
declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/ScoreUpdate.php';
require __DIR__ . '/src/FeedSubscription.php';
require __DIR__ . '/src/MatchEventBus.php';
require __DIR__ . '/src/ScoreFeedFormatter.php';
require __DIR__ . '/src/ScoreFeedController.php';

use App\Feed\MatchEventBus;
use App\Feed\ScoreFeedController;
use App\Feed\ScoreFeedFormatter;
use App\Feed\ScoreUpdate;
use React\Socket\Connection;

// Boot: one bus and one controller for the lifetime of the feed server.
$bus = new MatchEventBus();
$controller = new ScoreFeedController($bus, new ScoreFeedFormatter('2.1'));

$fixtures = ['EPL-ARS-CHE', 'EPL-LIV-MUN', 'LIGA-RMA-FCB', 'SERIEA-JUV-INT', 'BUND-BVB-FCB'];
$locales = ['en-GB', 'es-ES', 'it-IT', 'de-DE'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // A browser connects, asks for one fixture, sees one update, goes away.
    $conn = new Connection(sprintf('198.51.100.%d:%d', $i % 250 + 1, 40000 + $i % 20000));
    $matchId = $fixtures[$i % count($fixtures)];
    $sessionId = sprintf('%08x-%04x', crc32('feed' . $i), $i & 0xffff);
    $controller->subscribe($conn, $matchId, $sessionId, $locales[$i % count($locales)]);

    $bus->publish(new ScoreUpdate($matchId, intdiv($i, 7) % 5, intdiv($i, 11) % 4, 1700000000 + $i * 15));

    $conn->close();
}
