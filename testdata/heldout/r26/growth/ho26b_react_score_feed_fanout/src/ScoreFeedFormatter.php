<?php
declare(strict_types=1);

namespace App\Feed;

final class ScoreFeedFormatter
{
    public function __construct(private readonly string $schemaVersion)
    {
    }

    /**
     * Builds the relay that pushes a fixture's updates down one connection.
     */
    public function pushTo(FeedSubscription $subscription): \Closure
    {
        $version = $this->schemaVersion;

        return static function (ScoreUpdate $update) use ($subscription, $version): void {
            if ($update->matchId !== $subscription->matchId) {
                return;
            }
            $frame = ['v' => $version, 'sid' => $subscription->sessionId] + $update->toArray();
            if ($subscription->connection->write(json_encode($frame) . "\n")) {
                $subscription->delivered++;
            }
        };
    }
}
