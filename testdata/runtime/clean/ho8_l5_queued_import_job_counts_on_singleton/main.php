<?php
// Laravel queue worker: ImportContactRow jobs (ShouldQueue) are popped from Redis one at a time and handle() keeps the contact on the job and bumps the counters of the ImportReport singleton.

use App\Imports\ImportReport;
use App\Jobs\ImportContactRow;
use Illuminate\Container\Container;
use Illuminate\Queue\RedisQueue;
use Illuminate\Queue\Worker;

require __DIR__ . '/vendor/autoload.php';

$app = new Container();
$app->singleton(RedisQueue::class);
$app->singleton(ImportReport::class);
$worker = new Worker($app, $app->make(RedisQueue::class));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $row = ['email' => "lead{$i}@example.org", 'name' => "lead number {$i}", 'tags' => 'newsletter, webinar, trial', 'notes' => str_repeat('Met at the booth. ', 12)];
    $app->make(RedisQueue::class)->push(new ImportContactRow(42, $row));
    $worker->runNextJob();
}
