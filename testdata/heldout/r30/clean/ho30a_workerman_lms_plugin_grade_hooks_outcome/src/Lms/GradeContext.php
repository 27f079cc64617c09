<?php

namespace App\Lms;

/** Everything one grading request carries through the plugin pipeline. */
final class GradeContext
{
    private HookBag $hooks;

    public function __construct(
        public readonly int $submissionId,
        public readonly int $courseId,
        public readonly int $learnerId,
        public readonly array $rubric,
        public readonly string $text,
    ) {
        $this->hooks = new HookBag();
    }

    public function hooks(): HookBag
    {
        return $this->hooks;
    }
}
