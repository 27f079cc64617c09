<?php

declare(strict_types=1);

require __DIR__ . '/framework/Queue.php';
require __DIR__ . '/app/Audit/AuditTrail.php';
require __DIR__ . '/app/Jobs/SyncCustomerFromCrm.php';
require __DIR__ . '/app/Providers/QueueServiceProvider.php';

use App\Audit\AuditTrail;
use App\Audit\NullAuditStore;
use App\Jobs\SyncCustomerFromCrm;
use App\Providers\QueueServiceProvider;
use Framework\Queue\Dispatcher;
use Framework\Queue\Job;
use Framework\Queue\Worker;

// php artisan queue:work stand-in: boot the container once, then process jobs.
$events = new Dispatcher();
$audit = new AuditTrail(new NullAuditStore());
$jobs = [SyncCustomerFromCrm::class => new SyncCustomerFromCrm($audit)];
(new QueueServiceProvider($events, $audit))->boot();

$worker = new Worker($events, static fn (string $class): object => $jobs[$class]);
$worker->listenForSignals();

$segments = ['smb', 'enterprise', 'public-sector'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n && !$worker->shouldQuit(); $i++) {
    $worker->runNextJob('redis', new Job(
        uuid: sprintf('%08x-%04x-4000-8000-%012x', $i, $i % 65536, $i * 31),
        class: SyncCustomerFromCrm::class,
        payload: [
            'uuid' => sprintf('%08x', $i),
            'customer_id' => 700000 + $i,
            'segment' => $segments[$i % 3],
            'name' => "Customer {$i} GmbH",
            'email' => "billing+{$i}@customer{$i}.example",
            'address' => "Industriestrasse {$i}, 8000 Zurich, Switzerland",
        ],
    ));
}
