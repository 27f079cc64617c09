<?php

declare(strict_types=1);

require __DIR__ . '/src/Logging.php';
require __DIR__ . '/src/Queue.php';

use App\Logging\ArrayTransport;
use App\Logging\FingersCrossedHandler;
use App\Logging\Logger;
use App\Queue\Events;
use App\Queue\FlushLogBuffer;
use App\Queue\SendInvoiceReminder;
use App\Queue\JobProcessed;
use App\Queue\Worker;

// boot (once per worker process)
$logger = new Logger('queue', [new FingersCrossedHandler(new ArrayTransport())]);
$events = new Events();
// buffered debug output is only worth keeping for the job that wrote it
$events->listen(JobProcessed::class, new FlushLogBuffer($logger));
$worker = new Worker($events, $logger);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new SendInvoiceReminder(
        bin2hex(random_bytes(8)),
        10_000 + $i,
        "customer{$i}@example.org",
        19.99 + $i,
    );
    $worker->process($job);
}
