<?php
declare(strict_types=1);

namespace App\Events;

final class SwipeRecorded
{
    public function __construct(
        public readonly int $viewerId,
        public readonly int $targetId,
        public readonly string $direction,
        public readonly int $deckPosition,
        public readonly string $geohash,
        public readonly string $appVersion,
        public readonly string $sessionId,
        public readonly string $userAgent,
        public readonly array $experiments,
        public readonly \DateTimeImmutable $occurredAt,
    ) {
    }

    public function toRecord(): array
    {
        return [
            'v' => $this->viewerId,
            't' => $this->targetId,
            'd' => $this->direction,
            'pos' => $this->deckPosition,
            'geo' => $this->geohash,
            'app' => $this->appVersion,
            'sid' => $this->sessionId,
            'ua' => $this->userAgent,
            'exp' => $this->experiments,
            'at' => $this->occurredAt->format(DATE_RFC3339_EXTENDED),
            'label' => sprintf('swipe:%s:%d->%d@%s', $this->direction, $this->viewerId, $this->targetId, $this->geohash),
        ];
    }
}
