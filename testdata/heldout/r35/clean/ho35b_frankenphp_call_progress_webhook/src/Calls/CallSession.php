<?php

namespace App\Calls;

final class CallSession
{
    private array $timeline = [];

    public function __construct(
        public readonly string $sid,
        public readonly string $trunk,
        public readonly string $from,
        public readonly string $to,
        public readonly array $sipHeaders,
        public readonly float $openedAt,
    ) {
    }

    public function mark(string $status, float $at): void
    {
        $this->timeline[] = [$status, $at];
    }

    public function timeline(): array
    {
        return $this->timeline;
    }
}
