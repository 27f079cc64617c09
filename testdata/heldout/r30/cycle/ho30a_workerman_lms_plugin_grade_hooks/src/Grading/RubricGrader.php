<?php

namespace App\Grading;

use App\Lms\GradeContext;
use App\Lms\PluginHooks;

final class RubricGrader
{
    private const MAX_PER_CRITERION = 4;

    /** @param list<object> $plugins */
    public function __construct(private array $plugins)
    {
    }

    public function grade(array $frame): array
    {
        $context = new GradeContext($frame['submission_id'], $frame['course_id'], $frame['learner_id'], $frame['rubric'], $frame['text']);
        PluginHooks::wire($context, PluginHooks::collect($context, $this->plugins));

        $points = array_sum(array_map(static fn (int $v) => min($v, self::MAX_PER_CRITERION), $context->rubric));
        $context->hooks()->fire('graded', [
            'points' => $points,
            'max' => self::MAX_PER_CRITERION * count($context->rubric),
            'words' => str_word_count($context->text),
        ]);

        return $context->result();
    }
}
