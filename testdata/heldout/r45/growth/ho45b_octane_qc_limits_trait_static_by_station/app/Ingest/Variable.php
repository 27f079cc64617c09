<?php

namespace App\Ingest;

enum Variable: string
{
    case AirTemperature = 't2m';
    case RelativeHumidity = 'rh';
    case SeaLevelPressure = 'mslp';
    case WindSpeed = 'ff';

    /** Physical bounds used before any climatological tightening. */
    public function hardBounds(): array
    {
        return match ($this) {
            self::AirTemperature => [-80.0, 60.0],
            self::RelativeHumidity => [0.0, 100.0],
            self::SeaLevelPressure => [870.0, 1085.0],
            self::WindSpeed => [0.0, 113.0],
        };
    }

    /** Change per 1000 m of station height applied to the climatological envelope. */
    public function lapse(): float
    {
        return match ($this) {
            self::AirTemperature => -6.5,
            self::RelativeHumidity => 2.0,
            self::SeaLevelPressure => 0.0,
            self::WindSpeed => 1.5,
        };
    }
}
