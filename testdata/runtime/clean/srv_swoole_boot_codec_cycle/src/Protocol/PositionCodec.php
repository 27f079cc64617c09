<?php

namespace App\Protocol;

use App\Telemetry\Position;

final class PositionCodec
{
    public function __construct(private CodecRegistry $registry)
    {
        $registry->register('position', $this);
    }

    public function decode(array $fields): Position
    {
        return new Position($fields['device'], $fields['lat'], $fields['lng'], $fields['trail']);
    }

    public function registry(): CodecRegistry
    {
        return $this->registry;
    }
}
