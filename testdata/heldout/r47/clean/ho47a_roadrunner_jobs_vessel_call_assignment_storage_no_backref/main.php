<?php

declare(strict_types=1);

// rr serve: jobs worker for the "plan-call" pipeline

require __DIR__ . '/vendor/spiral/roadrunner-jobs/consumer.php';
require __DIR__ . '/src/Planning/BerthAssignment.php';
require __DIR__ . '/src/Planning/VesselCall.php';
require __DIR__ . '/src/Planning/CallPlanner.php';

use Port\Planning\CallPlanner;
use Spiral\RoadRunner\Jobs\Consumer;

$config = require __DIR__ . '/config/planning.php';
$planner = new CallPlanner($config['moves_per_crane_hour'], $config['cranes_per_100m']);
$consumer = new Consumer();

while ($task = $consumer->waitTask()) {
    try {
        $plan = $planner->plan(json_decode($task->getPayload(), true, 8, JSON_THROW_ON_ERROR));
        $task->complete();
    } catch (\Throwable $e) {
        $task->fail($e, requeue: false);
    }
}
