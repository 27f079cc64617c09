<?php

namespace App\Moderation;

use App\Entity\Review;

final class ModerationPipeline
{
    public const PUBLISH = 'published';
    public const HOLD = 'held_for_review';
    public const REJECT = 'rejected';

    /** @param iterable<ModerationRule> $rules */
    public function __construct(private readonly iterable $rules)
    {
    }

    public function run(Review $review): string
    {
        foreach ($this->rules as $rule) {
            if ($flag = $rule->inspect($review)) {
                $review->addFlag($flag);
            }
        }

        return match (true) {
            $review->severity() >= 3 => self::REJECT,
            $review->severity() >= 1 => self::HOLD,
            default => self::PUBLISH,
        };
    }
}
