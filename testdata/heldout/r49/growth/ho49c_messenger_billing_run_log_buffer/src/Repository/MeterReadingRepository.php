<?php

namespace App\Repository;

/** Reads interval register reads from the MDM (simulated per account). */
final class MeterReadingRepository
{
    /** @return list<array{read_at: string, register_kgal: float, estimated: bool}> */
    public function forPeriod(string $account, string $from, string $to): array
    {
        $seed = crc32($account);
        $start = 1000 + $seed % 5000;

        return [
            ['read_at' => $from, 'register_kgal' => (float) $start, 'estimated' => false],
            ['read_at' => $to, 'register_kgal' => $start + 2.5 + ($seed % 170) / 10, 'estimated' => $seed % 13 === 0],
        ];
    }
}
