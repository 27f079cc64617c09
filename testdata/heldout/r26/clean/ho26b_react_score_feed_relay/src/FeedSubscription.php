<?php
declare(strict_types=1);

namespace App\Feed;

use React\Socket\ConnectionInterface;

final class FeedSubscription
{
    public int $delivered = 0;

    public function __construct(
        public readonly string $sessionId,
        public readonly string $matchId,
        public readonly ConnectionInterface $connection,
        public readonly string $locale,
        public readonly int $subscribedAt,
    ) {
    }
}
