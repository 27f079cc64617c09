<?php

declare(strict_types=1);

namespace Garage\Parking;

final class GateController
{
    public function __construct(private readonly OccupancyBoard $board)
    {
    }

    public function onEvent(string $frame): string
    {
        $event = json_decode($frame, true, 8, JSON_THROW_ON_ERROR);
        $this->board->entered($event['plate'], $event['gate'], $event['photo']);
        return json_encode(['ok' => true, 'recent' => $this->board->count()]);
    }
}
