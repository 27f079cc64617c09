<?php

namespace App\Lms;

/** Everything one grading request carries through the plugin pipeline. */
final class GradeContext
{
    private HookBag $hooks;
    private ?array $grade = null;
    private array $feedback = [];

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

    public function recordGrade(array $grade): void
    {
        $this->grade = $grade;
    }

    public function attachFeedback(array $grade): void
    {
        $this->feedback[] = sprintf('Submission %d scored %d/%d', $this->submissionId, $grade['points'], $grade['max']);
    }

    public function result(): array
    {
        return ['grade' => $this->grade, 'feedback' => $this->feedback];
    }
}
