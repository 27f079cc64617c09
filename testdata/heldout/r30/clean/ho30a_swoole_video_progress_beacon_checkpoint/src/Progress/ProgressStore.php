<?php

namespace App\Progress;

/** Writes lesson progress rows (stand-in for the lesson_progress table). */
final class ProgressStore
{
    private int $writes = 0;

    public function checkpoint(PlaybackSession $session, bool $completed): void
    {
        $row = [
            'user_id' => $session->userId,
            'lesson_id' => $session->lessonId,
            'position' => $session->position(),
            'watched' => $session->watchedSeconds(),
            'completed' => $completed,
        ];
        $this->writes += $row['completed'] ? 2 : 1;
    }
}
