<?php

namespace LmsPlugin\Badges;

/** local_badges plugin: counts high scores for the weekly badge run. */
final class BadgeAwarder
{
    private int $candidates = 0;

    public function hooks(): array
    {
        return [
            'graded' => [function (array $grade): void {
                if ($grade['points'] >= 0.8 * $grade['max']) {
                    $this->candidates++;
                }
            }],
        ];
    }
}
