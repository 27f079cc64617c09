<?php

namespace App\Support;

final class Toast
{
    public bool $shown = false;

    public function __construct(
        public readonly string $level,
        public readonly string $message,
        public readonly array $options = [],
    ) {
    }

    public function toArray(): array
    {
        return ['level' => $this->level, 'message' => $this->message] + $this->options;
    }
}
