<?php

namespace App\Imagery;

use App\Message\ProcessImageryTile;

final class TileRejected extends \RuntimeException
{
}

final class TileQualityGate
{
    public function __construct(private readonly float $maxCloudCover, private readonly array $requiredBands)
    {
    }

    public function assertUsable(ProcessImageryTile $tile): void
    {
        if ($tile->cloudCover > $this->maxCloudCover) {
            throw new TileRejected(sprintf('tile %s: cloud cover %.0f%% over limit', $tile->tileKey, $tile->cloudCover * 100));
        }
        if (array_diff($this->requiredBands, $tile->bands) !== []) {
            throw new TileRejected(sprintf('tile %s: missing bands', $tile->tileKey));
        }
    }
}
