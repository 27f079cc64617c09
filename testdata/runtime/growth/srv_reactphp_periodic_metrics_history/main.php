<?php
// ReactPHP worker: the periodic timer's callback runs once per interval, for as long as the
// process lives; the reporter it calls keeps every snapshot it takes.

require_once __DIR__ . '/vendor/evenement/evenement/src/EventEmitter.php';
require_once __DIR__ . '/vendor/react/event-loop/src/Loop.php';
require_once __DIR__ . '/src/Metrics/QueueStats.php';
require_once __DIR__ . '/src/Metrics/MetricsSnapshot.php';
require_once __DIR__ . '/src/Metrics/MetricsReporter.php';

use App\Metrics\MetricsReporter;
use App\Metrics\QueueStats;
use React\EventLoop\Loop;

$reporter = new MetricsReporter(new QueueStats(), 'order-worker-1');

// The stand-in loop lets PHPLEAK_N intervals (default 100) elapse.
Loop::addPeriodicTimer(10.0, function () use ($reporter): void {
    $reporter->report();
});

Loop::run();
