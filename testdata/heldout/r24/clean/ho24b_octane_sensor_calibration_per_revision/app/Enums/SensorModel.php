<?php

declare(strict_types=1);

namespace App\Enums;

enum SensorModel: string
{
    case TH200 = 'th-200';
    case TH210 = 'th-210';
    case PX40 = 'px-40';
    case CO2X = 'co2-x';

    /** Firmware majors shipping a distinct factory curve. */
    public function curveRevisions(): array
    {
        return match ($this) {
            self::TH200, self::TH210 => ['3', '4'],
            self::PX40 => ['2'],
            self::CO2X => ['1', '2', '5'],
        };
    }
}
