<?php

namespace App\Repositories;

use App\Domain\ServiceAccount;
use App\Domain\TariffClass;

/**
 * Reads customer accounts from the CIS replica (simulated: derived from the
 * account number so the worker needs no database).
 */
class AccountRepository
{
    private const METER_SIZES = ['5/8in', '3/4in', '1in', '2in'];

    public function find(string $number): ServiceAccount
    {
        $h = crc32($number);

        return new ServiceAccount(
            $number,
            TariffClass::cases()[$h % 4],
            self::METER_SIZES[($h >> 3) % 4],
            ($h >> 7) % 5 === 0,
            sprintf('%d Reservoir Rd, Unit %d', 100 + $h % 900, 1 + ($h >> 11) % 40),
        );
    }
}
