<?php

declare(strict_types=1);

namespace App\Coach;

final class Cue
{
    public int $dueTick = 0;

    /** @param list<string> $deviceTokens */
    public function __construct(
        public readonly string $athleteId,
        public readonly string $sessionId,
        public readonly int $interval,
        public readonly string $text,
        public readonly ?string $targetPace,
        public readonly int $targetZone,
        public readonly array $deviceTokens,
    ) {
    }

    public function toPayload(): array
    {
        return [
            'session' => $this->sessionId,
            'interval' => $this->interval,
            'text' => $this->text,
            'pace' => $this->targetPace,
            'zone' => $this->targetZone,
        ];
    }
}
