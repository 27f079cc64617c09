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
        $relay = $this->formatter->pushTo($subscription);

        $this->bus->on(MatchEventBus::SCORE, $relay);

        $conn->on('close', function () use ($relay): void {
            $this->unsubscribe($relay);
        });
    }

    private function unsubscribe(\Closure $relay): void
    {
        $this->bus->removeListener(MatchEventBus::SCORE, $relay);
    }
}
