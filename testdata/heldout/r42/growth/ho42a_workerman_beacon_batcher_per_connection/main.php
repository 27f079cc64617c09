<?php

declare(strict_types=1);

require __DIR__ . '/vendor/workerman/workerman/src/Worker.php';
require __DIR__ . '/vendor/workerman/workerman/src/Connection/TcpConnection.php';
require __DIR__ . '/vendor/workerman/workerman/src/Protocols/Http/Request.php';
require __DIR__ . '/vendor/workerman/workerman/src/Protocols/Http/Response.php';
require __DIR__ . '/vendor/smi2/phpclickhouse/src/Client.php';
require __DIR__ . '/src/Beacon/Beacon.php';
require __DIR__ . '/src/Beacon/ClickHouseBeaconWriter.php';
require __DIR__ . '/src/Beacon/BeaconBuffer.php';
require __DIR__ . '/src/Beacon/BeaconController.php';

use App\Beacon\BeaconBuffer;
use App\Beacon\BeaconController;
use App\Beacon\ClickHouseBeaconWriter;
use ClickHouseDB\Client;
use Workerman\Worker;

$config = require __DIR__ . '/config/beacons.php';

$worker = new Worker($config['listen']);
$worker->name = 'impression-beacons';
$worker->count = 4;

$worker->onWorkerStart = static function (Worker $worker) use ($config): void {
    $client = (new Client($config['clickhouse']))->database($config['clickhouse']['database']);
    $controller = new BeaconController(new BeaconBuffer(
        new ClickHouseBeaconWriter($client, $config['table']),
        (int) $config['batch_rows'],
    ));
    $worker->onMessage = $controller->onMessage(...);
    $worker->onClose = $controller->onClose(...);
};

Worker::runAll();
