<?php

declare(strict_types=1);

require __DIR__ . '/vendor/acme/loop/Loop.php';
require __DIR__ . '/src/Scheduler/JobRunner.php';
require __DIR__ . '/src/Scheduler/Scheduler.php';

use Acme\Loop\Loop;
use App\Scheduler\Scheduler;

$loop = new Loop();
$scheduler = Scheduler::fromConfig($loop, require __DIR__ . '/config/schedule.php');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $scheduler->tick($i);
}
