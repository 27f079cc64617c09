<?php

declare(strict_types=1);

namespace App\Http;

use App\Events\LessonCompleted;
use App\Progress\CurriculumUnlocker;
use App\Progress\LessonSessionFactory;
use App\Progress\ProgressTracker;
use League\Event\EventDispatcher;
use Spiral\RoadRunner\Http\Response;
use Spiral\RoadRunner\Http\ServerRequest;

final class ProgressController
{
    public function __construct(
        private readonly EventDispatcher $events,
        private readonly LessonSessionFactory $sessions,
        private readonly ProgressTracker $tracker,
        private readonly CurriculumUnlocker $unlocker,
    ) {
    }

    /** POST /api/lessons/{lesson}/progress */
    public function update(ServerRequest $request): Response
    {
        $payload = $request->getParsedBody();
        $session = $this->sessions->open($payload, (int) $request->getAttribute('request_time'));
        $listenerId = $this->events->listen(LessonCompleted::class, $this->unlocker->forSession($session)); // leak

        $percent = $this->tracker->record($session, (int) $payload['position'], (int) $payload['duration']);
        if ($percent < 100) {
            return new Response(202, json_encode(['lesson' => $session->lessonSlug, 'progress' => $percent]));
        }

        $this->events->dispatch(new LessonCompleted($session, (int) $request->getAttribute('request_time')));
        $this->events->forget(LessonCompleted::class, $listenerId);

        return new Response(200, json_encode([
            'lesson' => $session->lessonSlug,
            'progress' => 100,
            'unlocked' => $session->unlocked,
        ]));
    }
}
