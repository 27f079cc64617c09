<?php

declare(strict_types=1);

require __DIR__ . '/vendor/workerman-lite/Worker.php';
require __DIR__ . '/app/Telemetry/Clock.php';
require __DIR__ . '/app/Telemetry/TelemetryFrame.php';
require __DIR__ . '/app/Telemetry/TelemetryBatcher.php';

use App\Telemetry\SystemClock;
use App\Telemetry\TelemetryBatcher;
use App\Telemetry\TelemetryFrame;
use App\Telemetry\TimeseriesSink;
use WorkermanLite\TcpConnection;
use WorkermanLite\Worker;

$worker = new Worker('tcp://0.0.0.0:7702');
$worker->name = 'telematics-ingest';

$batcher = null;
$worker->onWorkerStart = function (Worker $w) use (&$batcher): void {
    $batcher = new TelemetryBatcher(new SystemClock(), new TimeseriesSink('fleet_telemetry'));
};
$worker->onMessage = function (TcpConnection $connection, string $data) use (&$batcher): void {
    $frame = TelemetryFrame::decode($data);
    $batcher->add($frame);
    $connection->send('ACK ' . $frame->recordedAt . "\n");
};

$bootTime = time();
Worker::$feed = static fn (int $i): string => json_encode([
    'vin' => sprintf('1RW8R%07d', 410 + $i % 6),
    'implement' => ['planter-24row', 'sprayer-36m', 'disc-harrow'][$i % 3],
    'ts' => $bootTime + $i,
    'field' => sprintf('field-%03d/pass-%04d', 17 + intdiv($i, 400), intdiv($i, 25)),
    'operator' => ['m.okafor', 'j.lindqvist', 'r.dasilva'][intdiv($i, 300) % 3],
    'can' => [
        'engine_rpm' => 1700 + ($i * 13) % 400,
        'fuel_rate_lph' => 18.5 + ($i % 40) / 10,
        'ground_speed_kph' => 9.6 + ($i % 15) / 10,
        'hydraulic_temp_c' => 61 + $i % 9,
        'implement_depth_cm' => 5.0 + ($i % 6) / 2,
        'seed_rate_kpha' => 84.2 + $i % 5,
        'wheel_slip_pct' => 3.1 + ($i % 8) / 10,
        'def_level_pct' => 88 - ($i % 70) / 10,
        'engine_load_pct' => 54 + ($i * 7) % 40,
        'coolant_temp_c' => 82 + $i % 11,
        'pto_rpm' => $i % 3 === 1 ? 540 : 0,
        'downforce_kg' => 95 + ($i * 3) % 60,
        'fuel_level_pct' => 97 - ($i % 900) / 10,
        'rear_hitch_pos_pct' => 40 + $i % 21,
        'boost_pressure_kpa' => 180 + ($i * 11) % 70,
        'singulation_pct' => 98.1 + ($i % 17) / 10,
        'skips_pct' => 0.6 + ($i % 9) / 10,
        'doubles_pct' => 0.9 + ($i % 7) / 10,
    ],
    'gps' => [41.8781 + $i / 1e6, -93.0977 - $i / 1e6],
]);

Worker::runAll((int) (getenv('PHPLEAK_N') ?: 100));
