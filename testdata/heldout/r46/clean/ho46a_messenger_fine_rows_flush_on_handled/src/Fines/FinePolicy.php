<?php

namespace App\Fines;

final class FinePolicy
{
    private const DAILY_CENTS = ['book' => 25, 'dvd' => 100, 'audiobook' => 50, 'magazine' => 10];
    private const CAP_CENTS = 1500;

    public function amountFor(string $materialType, int $daysOverdue): int
    {
        return min(self::CAP_CENTS, (self::DAILY_CENTS[$materialType] ?? 25) * $daysOverdue);
    }
}
