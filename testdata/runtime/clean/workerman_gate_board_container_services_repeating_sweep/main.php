<?php

declare(strict_types=1);

require __DIR__ . '/vendor/workerman/Timer.php';
require __DIR__ . '/vendor/workerman/Worker.php';
require __DIR__ . '/src/Container.php';
require __DIR__ . '/src/Parking/Visit.php';
require __DIR__ . '/src/Parking/OccupancyBoard.php';
require __DIR__ . '/src/Parking/GateController.php';

use Garage\Container;
use Garage\Parking\GateController;
use Garage\Parking\OccupancyBoard;
use Workerman\Timer;
use Workerman\Worker;

$config = require __DIR__ . '/config/services.php';
$container = new Container($config['services'], $config['parameters']);

$worker = new Worker($container->parameter('listen'));
$worker->onWorkerStart = static function () use ($container): void {
    // the lane displays show the last two minutes: drop older visits every 10 s
    Timer::add(10.0, [$container->get(OccupancyBoard::class), 'forgetStale']);
};
$worker->onMessage = static function ($connection, string $frame) use ($container): void {
    $container->get(GateController::class)->onEvent($frame);
};

// recorded plate reads from the entry gates
Worker::$replay = static fn (int $i): string => json_encode([
    'plate' => sprintf('%s-%04d', ['KA', 'HB', 'MZ', 'DO'][$i % 4], 1000 + $i),
    'gate' => 'entry-' . ($i % 3 + 1),
    'photo' => base64_encode(str_repeat(chr(65 + $i % 26), 600)),
]);

Worker::runAll();
