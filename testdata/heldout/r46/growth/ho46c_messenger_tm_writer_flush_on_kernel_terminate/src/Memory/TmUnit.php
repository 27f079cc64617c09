<?php

namespace App\Memory;

final class TmUnit
{
    public function __construct(
        public readonly TranslationJob $job,
        public readonly string $source,
        public readonly string $target,
        public readonly string $hash,
    ) {
    }
}
