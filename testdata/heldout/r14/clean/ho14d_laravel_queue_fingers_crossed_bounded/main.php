<?php
// Monolog FingersCrossedHandler (Laravel queue worker): models the fix that bounds the buffer with bufferSize (after the fix: bufferSize 50, oldest records shifted out).

require __DIR__ . '/vendor/monolog/monolog/Logger.php';
require __DIR__ . '/vendor/monolog/monolog/Handler/FingersCrossedHandler.php';
require __DIR__ . '/vendor/monolog/monolog/Handler/SyslogUdpHandler.php';
require __DIR__ . '/vendor/laravel/framework/Log/LogManager.php';
require __DIR__ . '/vendor/laravel/framework/Queue/Worker.php';
require __DIR__ . '/src/Jobs/SyncInventoryJob.php';

use App\Jobs\SyncInventoryJob;
use Illuminate\Log\LogManager;
use Illuminate\Queue\Job;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;
use Illuminate\Support\Facades\Log;

Log::swap(new LogManager(require __DIR__ . '/config/logging.php'));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$popped = 0;
$worker = new Worker(static function () use (&$popped, $n): ?Job {
    if ($popped >= $n) {
        return null;
    }
    $i = $popped++;

    return new Job((string) $i, SyncInventoryJob::class, [
        'warehouse' => ['LHR1', 'MAN2', 'BHX3'][$i % 3],
        'skus' => array_map(static fn (int $k) => sprintf('SKU-%05d-%d', $i, $k), range(1, 5)),
        'batchId' => sprintf('batch-%08x', crc32((string) $i)),
    ]);
});

$worker->daemon('redis', 'inventory', new WorkerOptions(maxJobs: 0, sleep: 1, tries: 3));
