<?php
// A Laravel queue worker with a job monitor that records each run under spl_object_id() of the job on JobProcessing and stamps it on JobProcessed.

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/app/Monitoring/JobMonitor.php';
require __DIR__ . '/app/Providers/AppServiceProvider.php';

use App\Monitoring\JobMonitor;
use App\Providers\AppServiceProvider;
use Illuminate\Events\Dispatcher;
use Illuminate\Queue\RedisJob;
use Illuminate\Queue\Worker;

$events = new Dispatcher();
(new AppServiceProvider($events, new JobMonitor()))->boot();
$worker = new Worker($events);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $payload = json_encode([
        'uuid' => sprintf('%08x-%04x-4000-8000-%012x', $i, $i % 65536, $i * 7),
        'displayName' => 'App\\Jobs\\SyncInventory',
        'data' => ['warehouse' => 'BER-' . ($i % 4), 'skus' => array_map(fn ($k) => "SKU-{$i}-{$k}", range(1, 20))],
    ]);
    $worker->process('redis', new RedisJob($payload));
}
