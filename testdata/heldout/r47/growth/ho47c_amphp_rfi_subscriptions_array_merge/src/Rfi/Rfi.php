<?php

namespace App\Rfi;

final class Rfi
{
    public ?string $answer = null;

    public function __construct(
        public readonly string $number,
        public readonly string $discipline,
        public readonly string $question,
        public readonly string $raisedBy,
        public readonly string $drawingRef,
        public readonly int $dueTs,
    ) {
    }
}
