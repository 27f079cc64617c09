<?php

namespace App\Handler;

use App\Imagery\InFlightTiles;
use App\Imagery\NdviCalculator;
use App\Imagery\TileQualityGate;
use App\Message\ProcessImageryTile;

final class ProcessImageryTileHandler
{
    /** @var array<string, array> latest summary per field block, keyed by boot-time block ids */
    private array $latestByBlock = [];

    public function __construct(
        private readonly InFlightTiles $inFlight,
        private readonly TileQualityGate $gate,
        private readonly NdviCalculator $ndvi,
        private readonly array $blockIds,
        private readonly string $consumerName,
    ) {
    }

    public function __invoke(ProcessImageryTile $tile): void
    {
        $this->inFlight->begin($tile, $this->consumerName);
        try {
            $this->gate->assertUsable($tile);

            $summary = $this->ndvi->summarise($tile);
            $block = $this->blockIds[crc32($tile->tileKey) % count($this->blockIds)];
            $this->latestByBlock[$block] = $summary + ['flight' => $tile->flightId];
        } finally {
            $this->inFlight->finish($tile);
        }
    }
}
