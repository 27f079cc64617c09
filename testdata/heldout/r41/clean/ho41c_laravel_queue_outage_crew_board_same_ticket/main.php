<?php

require __DIR__ . '/vendor/illuminate-lite/Container.php';
require __DIR__ . '/vendor/illuminate-lite/QueueWorker.php';
require __DIR__ . '/app/Models/OutageTicket.php';
require __DIR__ . '/app/Dispatch/CrewDispatchBoard.php';
require __DIR__ . '/app/Dispatch/CrewRoster.php';
require __DIR__ . '/app/Jobs/AssignOutageCrew.php';

use App\Jobs\AssignOutageCrew;
use IlluminateLite\QueueWorker;

$app = require __DIR__ . '/bootstrap/app.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$connection = (function () use ($n) {
    $feeders = ['FDR-1101', 'FDR-2207', 'FDR-3311', 'FDR-4415', 'FDR-1102'];
    for ($i = 0; $i < $n; $i++) {
        yield [AssignOutageCrew::class, [
            'ref' => sprintf('OUT-%06d', 310000 + $i),
            'feeder' => $feeders[$i % 5],
            'voltage' => $i % 3 === 0 ? 'MV' : 'LV',
            'customers_out' => ($i * 37) % 600,
            'reported_at' => gmdate('Y-m-d\TH:i:s\Z', 1717200000 + $i * 120),
            'summary' => sprintf(
                "Loss of supply on %s reported by %d customers. SCADA shows breaker trip at %s, "
                . "protection flag %s. Field note: %s",
                $feeders[$i % 5],
                1 + ($i * 37) % 600,
                gmdate('H:i:s', 1717200000 + $i * 120),
                ['EF', 'OC', 'SEF'][$i % 3],
                str_repeat('check ring main unit and pole-mounted transformer. ', 2 + $i % 3),
            ),
        ]];
    }
})();

(new QueueWorker($app))->daemon($connection);
