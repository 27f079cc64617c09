<?php

namespace App\Flags;

final class Evaluation
{
    public function __construct(
        public readonly string $flagKey,
        public readonly string $variant,
        public readonly string $reason,
        public readonly ?int $ruleIndex,
        public readonly int $flagVersion,
        public readonly array $context,
    ) {
    }

    public function enabled(): bool
    {
        return $this->variant === 'on' || $this->variant === 'treatment';
    }
}
