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
        $this->bus->on('score', $relay);
        $conn->on('close', function () use ($relay): void {
            $this->unsubscribe($relay);
        });
    }

    private function unsubscribe(\Closure $relay): void
    {
        $this->bus->removeListener('score', $relay);
    }
}

