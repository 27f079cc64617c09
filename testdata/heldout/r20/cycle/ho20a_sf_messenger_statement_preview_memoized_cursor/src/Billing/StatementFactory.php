<?php

declare(strict_types=1);

namespace App\Billing;

final class StatementFactory
{
    public function forAccount(int $accountId, string $period): Statement
    {
        // repository query stand-in
        $entries = [];
        for ($i = 1; $i <= 8; $i++) {
            $entries[] = [
                'date' => sprintf('%s-%02d', $period, $i * 3),
                'ref' => sprintf('INV-%d-%02d', $accountId, $i),
                'amount' => ($accountId * $i) % 50000,
            ];
        }

        return new Statement($accountId, $period, $entries);
    }
}
