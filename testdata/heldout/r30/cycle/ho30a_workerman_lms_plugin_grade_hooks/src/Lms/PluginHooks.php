<?php

namespace App\Lms;

/** Collects the hook listeners for a grading context: core ones first, then each plugin's. */
final class PluginHooks
{
    /**
     * @param iterable<object> $plugins
     * @return array<string, list<callable>>
     */
    public static function collect(GradeContext $context, iterable $plugins): array
    {
        $hooks = self::core($context);
        foreach ($plugins as $plugin) {
            $hooks = array_merge_recursive($hooks, $plugin->hooks());
        }

        return $hooks;
    }

    private static function core(GradeContext $context): array
    {
        return [
            'graded' => [
                \Closure::fromCallable([$context, 'recordGrade']), // leak
                $context->attachFeedback(...), // leak
            ],
        ];
    }

    public static function wire(GradeContext $context, array $hooks): void
    {
        foreach ($hooks as $name => $listeners) {
            foreach ($listeners as $listener) {
                $context->hooks()->on($name, $listener); // leak
            }
        }
    }
}
