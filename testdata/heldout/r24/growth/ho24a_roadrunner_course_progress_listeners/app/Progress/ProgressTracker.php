<?php

declare(strict_types=1);

namespace App\Progress;

final class ProgressRepository
{
    private int $writes = 0;
    private ?array $lastRow = null;

    public function upsert(string $key, int $percent, int $at): void
    {
        $this->lastRow = ['key' => $key, 'percent' => $percent, 'updated_at' => $at];
        $this->writes++;
    }
}

final class ProgressTracker
{
    public const COMPLETION_THRESHOLD = 0.95;

    public function __construct(private readonly ProgressRepository $repository)
    {
    }

    public function record(LessonSession $session, int $positionSec, int $durationSec): int
    {
        $ratio = $durationSec > 0 ? $positionSec / $durationSec : 0.0;
        $percent = $ratio >= self::COMPLETION_THRESHOLD ? 100 : (int) floor($ratio * 100);
        $this->repository->upsert($session->cacheKey(), $percent, $session->startedAt);

        return $percent;
    }
}

final class CurriculumUnlocker
{
    /** @param array<string, list<string>> $curriculum */
    public function __construct(private readonly array $curriculum)
    {
    }

    /**
     * Listener that unlocks the lesson following the one this session is on.
     */
    public function forSession(LessonSession $session): \Closure
    {
        return function (\App\Events\LessonCompleted $event) use ($session): void {
            if ($event->session !== $session) {
                return;
            }
            $lessons = $this->curriculum[$session->courseSlug] ?? [];
            $index = array_search($session->lessonSlug, $lessons, true);
            if ($index !== false && isset($lessons[$index + 1])) {
                $session->unlocked[] = $lessons[$index + 1];
            }
        };
    }
}
