<?php

require __DIR__ . '/vendor/illuminate-queue/Queue.php';
require __DIR__ . '/vendor/influxdb-client/WriteApi.php';
require __DIR__ . '/app/Telemetry/WindowKey.php';
require __DIR__ . '/app/Telemetry/RollupBuffer.php';
require __DIR__ . '/app/Jobs/IngestMultisensorFrame.php';
require __DIR__ . '/app/Providers/TelemetryServiceProvider.php';

use App\Jobs\IngestMultisensorFrame;
use App\Providers\TelemetryServiceProvider;
use Illuminate\Queue\RedisQueue;
use Illuminate\Queue\Worker;

// php artisan queue:work redis --queue=telemetry
$provider = new TelemetryServiceProvider(require __DIR__ . '/config/telemetry.php');

$fleet = [
    ['ms-01', 'kitchen'], ['ms-02', 'living'], ['ms-03', 'bedroom'], ['ms-04', 'office'],
    ['ms-05', 'kids'], ['ms-06', 'bath'], ['ms-07', 'hall'], ['ms-08', 'basement'],
];

$queue = new RedisQueue(static function (int $i) use ($fleet): array {
    [$device, $room] = $fleet[$i % count($fleet)];

    return [
        'displayName' => IngestMultisensorFrame::class,
        'data' => [
            'device' => $device,
            'room' => $room,
            'ts' => 1_700_000_000 + intdiv($i, count($fleet)) * 10,
            'values' => [
                'temperature' => 19 + ($i % 40) / 10,
                'humidity' => 40 + $i % 25,
                'co2' => 450 + ($i * 7) % 800,
                'voc' => 80 + ($i * 3) % 200,
                'pm25' => 3 + $i % 30,
                'lux' => ($i * 13) % 1200,
            ],
        ],
    ];
}, (int) (getenv('PHPLEAK_N') ?: 100));

$worker = new Worker($queue, static fn (object $job): array => [$provider->rollups()]);
$worker->daemon('telemetry');
