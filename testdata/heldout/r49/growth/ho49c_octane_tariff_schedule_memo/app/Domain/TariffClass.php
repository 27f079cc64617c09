<?php

namespace App\Domain;

enum TariffClass: string
{
    case Residential = 'res';
    case Commercial = 'com';
    case Industrial = 'ind';
    case Irrigation = 'irr';

    public function label(): string
    {
        return match ($this) {
            self::Residential => 'Residential single-family',
            self::Commercial => 'Commercial / multi-family',
            self::Industrial => 'Industrial process water',
            self::Irrigation => 'Landscape irrigation (dedicated meter)',
        };
    }
}
