<?php
// ReactPHP worker: the one-shot timer (addTimer) records the baseline snapshot once; the periodic
// timer's callback, run once per interval, only publishes the current figures.

require_once __DIR__ . '/vendor/evenement/evenement/src/EventEmitter.php';
require_once __DIR__ . '/vendor/react/event-loop/src/Loop.php';
require_once __DIR__ . '/src/Metrics/QueueStats.php';
require_once __DIR__ . '/src/Metrics/MetricsSnapshot.php';
require_once __DIR__ . '/src/Metrics/MetricsReporter.php';

use App\Metrics\MetricsReporter;
use App\Metrics\QueueStats;
use React\EventLoop\Loop;

$reporter = new MetricsReporter(new QueueStats(), 'order-worker-1');

Loop::addTimer(0.0, function () use ($reporter): void {
    $reporter->report();
});

// The stand-in loop lets PHPLEAK_N intervals (default 100) elapse.
Loop::addPeriodicTimer(10.0, function () use ($reporter): void {
    $reporter->publish();
});

Loop::run();
