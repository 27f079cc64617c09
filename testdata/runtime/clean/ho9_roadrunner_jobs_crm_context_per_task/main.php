<?php
// A RoadRunner jobs worker syncing CRM contacts whose job records events on the RequestContext returned by a static current() accessor, begun anew for each task.

require __DIR__ . '/vendor/roadrunner-jobs.php';
require __DIR__ . '/src/Context/RequestContext.php';
require __DIR__ . '/src/Jobs/SyncCrmContact.php';

use App\Context\RequestContext;
use App\Jobs\SyncCrmContact;
use Spiral\RoadRunner\Jobs\Consumer;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$consumer = new Consumer();
$job = new SyncCrmContact();

for ($i = 0; $i < $n && ($task = $consumer->waitTask()) !== null; $i++) {
    RequestContext::begin($task->getId());
    $job->handle(json_decode($task->getPayload(), true));
    $task->ack();
}
