<?php

declare(strict_types=1);

namespace App\Recruitment;

enum QuotaCell: string
{
    case Women18to34 = 'f_18_34';
    case Women35to54 = 'f_35_54';
    case Women55plus = 'f_55_plus';
    case Men18to34 = 'm_18_34';
    case Men35to54 = 'm_35_54';
    case Men55plus = 'm_55_plus';

    public static function for(string $gender, int $age): ?self
    {
        $band = match (true) {
            $age < 18 => null,
            $age < 35 => '18_34',
            $age < 55 => '35_54',
            default => '55_plus',
        };
        if ($band === null || !in_array($gender, ['f', 'm'], true)) {
            return null;
        }

        return self::from($gender . '_' . $band);
    }
}
