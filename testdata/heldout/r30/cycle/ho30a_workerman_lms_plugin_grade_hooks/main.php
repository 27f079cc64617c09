<?php

// Workerman text-protocol worker grading LMS essay submissions with
// rubric scores; plugins are loaded when the worker starts.

require __DIR__ . '/vendor/workerman/Worker.php';
require __DIR__ . '/src/Lms/HookBag.php';
require __DIR__ . '/src/Lms/GradeContext.php';
require __DIR__ . '/src/Lms/PluginHooks.php';
require __DIR__ . '/src/Grading/RubricGrader.php';
require __DIR__ . '/plugins/badges/BadgeAwarder.php';

use App\Grading\RubricGrader;
use LmsPlugin\Badges\BadgeAwarder;
use Workerman\Worker;

$grader = null;
$worker = new Worker('text://0.0.0.0:2347');
$worker->name = 'lms-grading';
$worker->onWorkerStart = static function () use (&$grader): void {
    $grader = new RubricGrader([new BadgeAwarder()]);
};
$worker->onMessage = static function ($connection, string $data) use (&$grader): void {
    $frame = json_decode($data, true);
    if (($frame['action'] ?? '') !== 'submission.grade') {
        return;
    }
    $connection->send(json_encode($grader->grade($frame)));
};

Worker::runAll();
