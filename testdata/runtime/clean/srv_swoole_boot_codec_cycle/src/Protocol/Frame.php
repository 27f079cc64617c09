<?php

namespace App\Protocol;

use App\Telemetry\Position;

final class Frame
{
    private ?Position $position = null;

    public function __construct(
        public readonly int $fd,
        public readonly int $magic,
        public readonly string $body,
    ) {
    }

    public function attach(Position $position): void
    {
        $this->position = $position;
    }

    public function position(): ?Position
    {
        return $this->position;
    }
}
