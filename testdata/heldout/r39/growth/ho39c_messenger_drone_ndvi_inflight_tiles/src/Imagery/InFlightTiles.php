<?php

namespace App\Imagery;

use App\Message\ProcessImageryTile;

/**
 * Tracks tiles currently being processed by this consumer so the health
 * endpoint can report how long the oldest one has been running.
 */
final class InFlightTiles
{
    private \SplObjectStorage $tiles;

    public function __construct()
    {
        $this->tiles = new \SplObjectStorage();
    }

    public function begin(ProcessImageryTile $tile, string $consumer): void
    {
        $this->tiles->attach($tile, [ // leak
            'consumer' => $consumer,
            'started' => microtime(true),
            'object' => $tile->objectUri,
        ]);
    }

    public function finish(ProcessImageryTile $tile): void
    {
        $this->tiles->detach($tile);
    }

    public function oldestSeconds(): float
    {
        $oldest = 0.0;
        foreach ($this->tiles as $tile) {
            $oldest = max($oldest, microtime(true) - $this->tiles[$tile]['started']);
        }

        return $oldest;
    }
}
