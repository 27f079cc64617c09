<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel/Container.php';
require __DIR__ . '/vendor/laravel/Queue.php';
require __DIR__ . '/src/Domain/SiteDiary.php';
require __DIR__ . '/src/Domain/DiaryEntry.php';
require __DIR__ . '/src/Domain/DiaryEntryFactory.php';
require __DIR__ . '/src/Services/DiaryArchive.php';
require __DIR__ . '/src/Jobs/RecordSiteDiaryJob.php';

use App\Domain\DiaryEntryFactory;
use App\Jobs\RecordSiteDiaryJob;
use App\Services\DiaryArchive;
use Illuminate\Container\Container;
use Illuminate\Queue\ArrayQueue;
use Illuminate\Queue\Worker;

$config = require __DIR__ . '/config/queue.php';

$app = Container::getInstance();
$app->singleton(DiaryArchive::class);
$app->singleton(DiaryEntryFactory::class, fn () => new DiaryEntryFactory($config['site_diary']['trades']));

$queue = new ArrayQueue();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$trades = $config['site_diary']['trades'];
$weather = $config['site_diary']['weather_codes'];

$worker = new Worker($app, $queue);
for ($i = 0; $i < $n; $i++) {
    $queue->push(new RecordSiteDiaryJob(
        siteCode: sprintf('SYD-%03d', $i % 40),
        date: date('Y-m-d', 1700000000 + $i * 86400),
        weather: $weather[$i % 4],
        rows: [
            [
                'trade' => $trades[$i % 6],
                'workers' => 4 + $i % 5,
                'hours' => 7.5,
                'narrative' => sprintf('Level %d slab pour bay %d: pump arrived %02d:15, 38m3 placed, cylinders taken (set %d), finishing crew stayed until dusk; minor honeycombing at column C%d to be patched before stripping, engineer notified by email.', 2 + $i % 9, $i % 12, 6 + $i % 3, $i, $i % 17),
            ],
            [
                'trade' => $trades[($i + 3) % 6],
                'workers' => 2 + $i % 3,
                'hours' => 6.0,
                'narrative' => sprintf('Conduit rough-in east wing gridline %d-%d, awaiting RFI-%04d response on riser penetrations; fire collars on order, hold point for inspector booked for day %d of the lookahead programme.', $i % 20, $i % 20 + 1, $i, $i % 14),
            ],
        ],
    ));
    $worker->daemon(1);
}
