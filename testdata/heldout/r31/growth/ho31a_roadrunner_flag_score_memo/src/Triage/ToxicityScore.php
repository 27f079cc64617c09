<?php

namespace Forum\Triage;

final class ToxicityScore
{
    /** @param array<string, int> $signals */
    public function __construct(public readonly int $postId, public readonly float $value, public readonly array $signals)
    {
    }

    public function band(): string
    {
        return match (true) {
            $this->value >= 0.8 => 'hide',
            $this->value >= 0.4 => 'review',
            default => 'keep',
        };
    }
}
