<?php
namespace App\Enums;

enum VehicleClass: string
{
    case Mini = 'MBMR';
    case Economy = 'EDMR';
    case Compact = 'CDMR';
    case Intermediate = 'IDAR';
    case Premium = 'PDAR';

    public function deposit(): int
    {
        return match ($this) {
            self::Mini, self::Economy => 250,
            self::Compact, self::Intermediate => 400,
            self::Premium => 900,
        };
    }
}
