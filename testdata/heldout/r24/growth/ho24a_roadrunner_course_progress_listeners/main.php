<?php

declare(strict_types=1);

require __DIR__ . '/vendor/league-lite/event/EventDispatcher.php';
require __DIR__ . '/vendor/spiral-lite/roadrunner/PSR7Worker.php';
require __DIR__ . '/app/Events/LessonCompleted.php';
require __DIR__ . '/app/Progress/LessonSession.php';
require __DIR__ . '/app/Progress/ProgressTracker.php';
require __DIR__ . '/app/Http/ProgressController.php';

use App\Http\ProgressController;
use App\Progress\CurriculumUnlocker;
use App\Progress\LessonSessionFactory;
use App\Progress\ProgressRepository;
use App\Progress\ProgressTracker;
use League\Event\EventDispatcher;
use Spiral\RoadRunner\Http\InMemoryRelay;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Http\ServerRequest;

// ---- boot (once per worker) ----
$curriculum = [
    'php-fundamentals' => ['variables', 'arrays', 'functions', 'classes', 'exceptions'],
    'async-php' => ['event-loops', 'promises', 'fibers', 'streams'],
    'video-production' => ['lighting', 'audio', 'editing', 'color', 'export'],
];
$events = new EventDispatcher();
$controller = new ProgressController(
    $events,
    new LessonSessionFactory(),
    new ProgressTracker(new ProgressRepository()),
    new CurriculumUnlocker($curriculum),
);

$courses = array_keys($curriculum);
$devices = ['Chrome 124 on macOS', 'Safari on iPhone', 'Android app 5.2.1', 'Smart TV (webOS)'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new PSR7Worker(new InMemoryRelay($n, static function (int $i) use ($courses, $curriculum, $devices): ServerRequest {
    $course = $courses[$i % 3];
    $lesson = $curriculum[$course][$i % count($curriculum[$course])];
    $duration = 600 + ($i % 7) * 60;

    return new ServerRequest('POST', "/api/lessons/{$lesson}/progress", [
        'user_id' => 10_000 + $i * 13,
        'course' => $course,
        'lesson' => $lesson,
        'position' => ($i * 97) % ($duration + 40),
        'duration' => $duration,
        'device' => $devices[$i % 4] . ' #' . bin2hex(pack('N', $i)),
    ], ['request_time' => 1_700_000_000 + $i]);
}));

// ---- serve ----
while ($request = $worker->waitRequest()) {
    $worker->respond($controller->update($request));
}
