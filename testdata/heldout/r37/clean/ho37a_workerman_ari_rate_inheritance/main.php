<?php
// Workerman ARI endpoint of a channel manager: OTAs ask for the sellable
// rates of a rate plan on a stay date; derived plans are resolved from
// their parent plan with channel markups.

declare(strict_types=1);

require __DIR__ . '/vendor/workerman/workerman/Worker.php';
require __DIR__ . '/vendor/workerman/workerman/Connection/TcpConnection.php';
require __DIR__ . '/src/Pricing/RatePlan.php';
require __DIR__ . '/src/Pricing/RatePlanCatalog.php';
require __DIR__ . '/src/Pricing/Concerns/MemoizesDerivedRates.php';
require __DIR__ . '/src/Pricing/DerivedRateCalculator.php';
require __DIR__ . '/src/Ari/AriRequestHandler.php';

use App\Ari\AriRequestHandler;
use App\Pricing\DerivedRateCalculator;
use App\Pricing\RatePlanCatalog;
use Workerman\Worker;

$worker = new Worker('http://0.0.0.0:8686');
$worker->name = 'ari';
$worker->count = 4;
$worker->onWorkerStart = static function (Worker $worker): void {
    $catalog = RatePlanCatalog::fromConfig([
        'BAR' => [],
        'NRF' => ['parent' => 'BAR', 'factor' => 0.9, 'refundable' => false],
        'BB' => ['parent' => 'BAR', 'meal' => 1400],
        'HB' => ['parent' => 'BB', 'factor' => 1.0, 'meal' => 3900],
    ]);
    $worker->onMessage = new AriRequestHandler(new DerivedRateCalculator($catalog, 11900));
};
$worker->listen();

Worker::runAll();
