<?php

declare(strict_types=1);

namespace App\Events;

use App\Progress\LessonSession;

final class LessonCompleted
{
    public function __construct(public readonly LessonSession $session, public readonly int $completedAt)
    {
    }
}
