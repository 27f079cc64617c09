<?php
// A queue worker runs receipt jobs (Laravel jobs: they use Dispatchable
// and Queueable). Each job's handle() is given the ReceiptMailer, a
// container singleton, which only counts what it sent.

require __DIR__ . '/vendor/illuminate/queue.php';
require __DIR__ . '/app/Jobs.php';

use App\Jobs\ReceiptMailer;
use App\Jobs\SendReceipt;
use Illuminate\Container\Container;
use Illuminate\Queue\Worker;

$app = new Container();
$app->singleton(ReceiptMailer::class, fn () => new ReceiptMailer());

function payloads(int $n): Generator
{
    for ($i = 0; $i < $n; $i++) {
        yield SendReceipt::dispatch(sprintf('ord-%08d', 300000 + $i), sprintf('buyer%d@example.com', $i) . str_repeat('x', 80));
    }
}

$worker = new Worker($app);
$worker->work(payloads((int) (getenv('PHPLEAK_N') ?: 100)));
