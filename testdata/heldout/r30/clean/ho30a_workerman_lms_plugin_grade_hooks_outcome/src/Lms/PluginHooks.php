<?php

namespace App\Lms;

/** Collects the hook listeners for a grading context: core ones first, then each plugin's. */
final class PluginHooks
{
    /**
     * @param iterable<object> $plugins
     * @param array $outcome filled in by the core listeners when the hook fires
     * @return array<string, list<callable>>
     */
    public static function collect(GradeContext $context, iterable $plugins, array &$outcome): array
    {
        $hooks = self::core($context, $outcome);
        foreach ($plugins as $plugin) {
            $hooks = array_merge_recursive($hooks, $plugin->hooks());
        }

        return $hooks;
    }

    private static function core(GradeContext $context, array &$outcome): array
    {
        $submissionId = $context->submissionId;

        return [
            'graded' => [
                static function (array $grade) use (&$outcome): void {
                    $outcome['grade'] = $grade;
                },
                static function (array $grade) use ($submissionId, &$outcome): void {
                    $outcome['feedback'][] = sprintf('Submission %d scored %d/%d', $submissionId, $grade['points'], $grade['max']);
                },
            ],
        ];
    }

    public static function wire(GradeContext $context, array $hooks): void
    {
        foreach ($hooks as $name => $listeners) {
            foreach ($listeners as $listener) {
                $context->hooks()->on($name, $listener);
            }
        }
    }
}
