<?php

// php artisan queue:work database --queue=invoices --max-jobs=$PHPLEAK_N

use App\Jobs\GenerateInvoicePdf;
use Illuminate\Queue\DatabaseQueue;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;

require __DIR__ . '/vendor/autoload.php';

$app = require __DIR__ . '/bootstrap/app.php';

$maxJobs = (int) (getenv('PHPLEAK_N') ?: 100);
$nextId = 50000;

// The jobs table: every row is a GenerateInvoicePdf dispatched by checkout.
$queue = new DatabaseQueue($app, static function (string $queue) use (&$nextId): ?string {
    $command = new GenerateInvoicePdf(++$nextId);

    return json_encode([
        'uuid' => sprintf('%08x-0000-4000-8000-%012x', $nextId, $nextId),
        'displayName' => GenerateInvoicePdf::class,
        'job' => 'Illuminate\\Queue\\CallQueuedHandler@call',
        'data' => ['commandName' => GenerateInvoicePdf::class, 'command' => serialize($command)],
    ]);
});

(new Worker($queue))->daemon('database', 'invoices', new WorkerOptions(maxJobs: $maxJobs));
