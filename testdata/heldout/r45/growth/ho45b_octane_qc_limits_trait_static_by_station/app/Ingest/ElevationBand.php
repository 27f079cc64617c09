<?php

namespace App\Ingest;

enum ElevationBand: string
{
    case Lowland = 'low';
    case Hill = 'hill';
    case Mountain = 'mtn';
    case Alpine = 'alp';

    public static function fromMetres(float $metres): self
    {
        return match (true) {
            $metres < 300 => self::Lowland,
            $metres < 1000 => self::Hill,
            $metres < 2200 => self::Mountain,
            default => self::Alpine,
        };
    }

    public function referenceMetres(): float
    {
        return match ($this) {
            self::Lowland => 150.0,
            self::Hill => 650.0,
            self::Mountain => 1600.0,
            self::Alpine => 2800.0,
        };
    }
}
