<?php
declare(strict_types=1);

namespace App\Feed;

use React\Socket\ConnectionInterface;

final class ScoreFeedController
{
    public function __construct(
        private readonly MatchEventBus $bus,
        private readonly ScoreFeedFormatter $formatter,
    ) {
    }

    public function subscribe(ConnectionInterface $conn, string $matchId, string $sessionId, string $locale): void
    {
        $subscription = new FeedSubscription($sessionId, $matchId, $conn, $locale, time());

        $this->bus->on(MatchEventBus::SCORE, $this->formatter->pushTo($subscription)); // leak

        $conn->on('close', function () use ($subscription): void {
            $this->unsubscribe($subscription);
        });
    }

    private function unsubscribe(FeedSubscription $subscription): void
    {
        $this->bus->removeListener(MatchEventBus::SCORE, $this->formatter->pushTo($subscription));
    }
}
