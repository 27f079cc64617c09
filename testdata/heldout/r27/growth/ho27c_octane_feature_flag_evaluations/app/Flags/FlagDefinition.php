<?php

namespace App\Flags;

final class FlagDefinition
{
    /** @param list<array{plan: string, variant: string, rollout?: int}> $rules */
    public function __construct(
        public readonly string $key,
        public readonly string $defaultVariant,
        public readonly array $rules,
        public readonly int $version = 1,
    ) {
    }
}
