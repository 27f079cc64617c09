<?php

namespace App\Spc;

final class Sample
{
    public function __construct(
        public readonly string $serial,
        public readonly float $value,
        public readonly string $gauge,
        public readonly string $operator,
        public readonly int $measuredAt,
        public readonly string $remark,
    ) {
    }
}
