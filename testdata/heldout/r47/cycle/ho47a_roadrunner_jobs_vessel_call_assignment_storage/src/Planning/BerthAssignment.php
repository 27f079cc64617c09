<?php

declare(strict_types=1);

namespace Port\Planning;

final class BerthAssignment
{
    public function __construct(
        private readonly VesselCall $call, // leak
        public readonly string $berth,
        public readonly int $fromMetre,
        public readonly int $toMetre,
        public readonly string $side,
    ) {}

    public function quayLength(): int
    {
        return $this->toMetre - $this->fromMetre;
    }

    public function label(): string
    {
        return sprintf('%s %s %d-%dm (%s side)', $this->call->name, $this->berth, $this->fromMetre, $this->toMetre, $this->side);
    }

    public function coversVessel(): bool
    {
        return $this->quayLength() >= $this->call->lengthOverall;
    }
}
