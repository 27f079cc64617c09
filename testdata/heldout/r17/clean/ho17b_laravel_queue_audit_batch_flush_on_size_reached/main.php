<?php

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/queue.php';
require __DIR__ . '/app/Audit/AuditBatchWriter.php';
require __DIR__ . '/app/Listeners/RecordJobAudit.php';
require __DIR__ . '/app/Jobs/SyncCustomerToCrm.php';

use App\Audit\AuditBatchWriter;
use App\Audit\NullSink;
use App\Jobs\SyncCustomerToCrm;
use App\Listeners\RecordJobAudit;
use Illuminate\Events\Dispatcher;
use Illuminate\Queue\Events\JobProcessed;
use Illuminate\Queue\Events\JobProcessing;
use Illuminate\Queue\Worker;

$config = require __DIR__ . '/config/audit.php';
$n = (int) (getenv('PHPLEAK_N') ?: 100);

$events = new Dispatcher();
$writer = new AuditBatchWriter(new NullSink(), $config['table'], $config['batch_size']);
$audit = new RecordJobAudit($writer);
$events->listen(JobProcessing::class, $audit->onProcessing(...));
$events->listen(JobProcessed::class, $audit->onProcessed(...));

$jobs = (static function (int $n): \Generator {
    for ($i = 1; $i <= $n; $i++) {
        yield new SyncCustomerToCrm($i, "customer{$i}@shop.example", [
            'plan' => 'pro',
            'country' => 'DE',
            'company' => "Customer {$i} GmbH",
            'notes' => 'migrated from legacy crm, ticket #' . (4000 + $i),
        ]);
    }
})($n);

(new Worker($events))->daemon('redis', $jobs);
