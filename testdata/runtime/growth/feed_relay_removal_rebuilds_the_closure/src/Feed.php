<?php

namespace App\Feed;

use Evenement\Connection;
use Evenement\Emitter;

final class ScoreFormatter
{
    public function relayTo(\ArrayObject $outbox, string $matchId): \Closure
    {
        $prefix = str_repeat($matchId . ' ', 12);

        return static function (string $score) use ($outbox, $prefix): void {
            $outbox->append($prefix . $score);
        };
    }
}

final class ScoreFeedController
{
    public function __construct(private readonly Emitter $bus, private readonly ScoreFormatter $formatter)
    {
    }

    public function subscribe(Connection $conn, string $matchId): void
    {
        $outbox = $conn->outbox;
        $relay = $this->formatter->relayTo($outbox, $matchId);
        $this->bus->on('score', $relay); // leak
        $conn->on('close', function () use ($outbox, $matchId): void {
            $this->unsubscribe($outbox, $matchId);
        });
    }

    private function unsubscribe(\ArrayObject $outbox, string $matchId): void
    {
        $this->bus->removeListener('score', $this->formatter->relayTo($outbox, $matchId));
    }
}

