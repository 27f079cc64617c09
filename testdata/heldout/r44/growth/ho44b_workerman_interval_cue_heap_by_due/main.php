<?php

// php start.php start -d

declare(strict_types=1);

use App\Coach\CueScheduler;
use App\Coach\IntervalCoachController;
use App\Container;
use Workerman\Timer;
use Workerman\Worker;

require __DIR__ . '/vendor/autoload.php';

$config = require __DIR__ . '/config/services.php';
$container = new Container($config['services'], $config['parameters']);

$worker = new Worker($container->parameter('listen'));
$worker->name = 'interval-coach';
$worker->count = 1;

$worker->onWorkerStart = static function (Worker $worker) use ($container): void {
    $scheduler = $container->get(CueScheduler::class);
    Timer::add(1.0, [$scheduler, 'onTick']);
};

$worker->onMessage = static function ($connection, string $data) use ($container): void {
    $container->get(IntervalCoachController::class)->onMessage($connection, $data);
};

// Recorded frames from a Saturday club session: many athletes on different
// plans, each reporting the end of an interval.
Worker::$replay = static function (int $n): string {
    $plans = ['vo2-6x800', 'threshold-3x10', 'hills-8x60', 'easy-strides'];

    return json_encode([
        'type' => 'interval_done',
        'athlete' => 'ath-' . (7000 + $n % 90),
        'session' => sprintf('gs-%05d-%d', $n % 90, intdiv($n, 90)),
        'plan' => $plans[$n % 4],
        'interval' => $n % 2,
        'tokens' => [
            hash('sha256', 'watch-' . ($n % 90)),
            hash('sha256', 'phone-' . ($n % 90)),
        ],
    ]);
};

Worker::runAll();
