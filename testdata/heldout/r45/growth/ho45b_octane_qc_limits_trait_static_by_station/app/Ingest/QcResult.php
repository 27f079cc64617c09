<?php

namespace App\Ingest;

final class QcResult
{
    public function __construct(
        public readonly string $flag,
        public readonly float $lower,
        public readonly float $upper,
    ) {
    }
}
