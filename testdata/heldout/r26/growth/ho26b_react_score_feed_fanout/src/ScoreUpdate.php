<?php
declare(strict_types=1);

namespace App\Feed;

final class ScoreUpdate
{
    public function __construct(
        public readonly string $matchId,
        public readonly int $home,
        public readonly int $away,
        public readonly int $occurredAt,
        public readonly string $kind = 'goal',
    ) {
    }

    public function toArray(): array
    {
        return [
            'match' => $this->matchId,
            'score' => [$this->home, $this->away],
            'kind' => $this->kind,
            'ts' => $this->occurredAt,
        ];
    }
}
