<?php

declare(strict_types=1);

// Tap gateway for on-board and station validators (Workerman text protocol).

require __DIR__ . '/vendor/workerman/workerman/Connection/TcpConnection.php';
require __DIR__ . '/vendor/workerman/workerman/Worker.php';
require __DIR__ . '/src/Protocol/ValidatorFrame.php';
require __DIR__ . '/src/Domain/TapEvent.php';
require __DIR__ . '/src/Fare/FareValidator.php';
require __DIR__ . '/src/Clearing/ClearingHouseClient.php';
require __DIR__ . '/src/Clearing/TapBatchBuffer.php';
require __DIR__ . '/src/Gateway/ValidatorGateway.php';

use Ticketing\Clearing\ClearingHouseClient;
use Ticketing\Clearing\TapBatchBuffer;
use Ticketing\Fare\FareValidator;
use Ticketing\Gateway\ValidatorGateway;
use Workerman\Worker;

$config = require __DIR__ . '/config/clearing.php';

$worker = new Worker($config['listen']);
$worker->name = 'tap-gateway';
$worker->count = 1;

$worker->onWorkerStart = static function (Worker $worker) use ($config): void {
    $client = new ClearingHouseClient($config['endpoint'], $config['operator_id']);
    $gateway = new ValidatorGateway(
        new FareValidator($config['fares']),
        new TapBatchBuffer($client, (int) $config['batch_size']),
    );
    $worker->onConnect = [$gateway, 'onConnect'];
    $worker->onMessage = [$gateway, 'onMessage'];
};

Worker::runAll();
