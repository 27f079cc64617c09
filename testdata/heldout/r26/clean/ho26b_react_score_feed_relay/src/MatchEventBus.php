<?php
declare(strict_types=1);

namespace App\Feed;

use Evenement\EventEmitter;

/**
 * One per worker: the ingest side publishes every score change here and every
 * connected browser's relay listens for its fixture.
 */
final class MatchEventBus extends EventEmitter
{
    public const SCORE = 'score';

    private int $published = 0;

    public function publish(ScoreUpdate $update): void
    {
        $this->published++;
        $this->emit(self::SCORE, [$update]);
    }

    public function publishedCount(): int
    {
        return $this->published;
    }
}
