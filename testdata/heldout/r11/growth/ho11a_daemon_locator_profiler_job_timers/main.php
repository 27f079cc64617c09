<?php

declare(strict_types=1);

require __DIR__ . '/container.php';
require __DIR__ . '/profiler.php';
require __DIR__ . '/jobs.php';

use App\Jobs\JobQueue;
use App\Jobs\JobRunner;
use App\Profiling\Profiler;
use App\Support\ServiceLocator;

ServiceLocator::getInstance()->set(Profiler::class, static fn () => new Profiler());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$queue = new JobQueue($n);
$runner = new JobRunner();

$running = true;
while ($running) {
    $job = $queue->pop();
    if ($job === null) {
        $running = false;
        continue;
    }
    $runner->run($job);
}
