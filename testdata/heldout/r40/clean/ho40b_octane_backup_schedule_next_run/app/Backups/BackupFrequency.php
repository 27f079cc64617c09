<?php

namespace App\Backups;

enum BackupFrequency: string
{
    case Hourly = 'hourly';
    case Daily = 'daily';
    case Weekly = 'weekly';

    public function cron(): string
    {
        return match ($this) {
            self::Hourly => '17 * * * *',
            self::Daily => '17 3 * * *',
            self::Weekly => '17 3 * * 0',
        };
    }

    public function intervalSpec(): string
    {
        return match ($this) {
            self::Hourly => 'PT1H',
            self::Daily => 'P1D',
            self::Weekly => 'P7D',
        };
    }
}
