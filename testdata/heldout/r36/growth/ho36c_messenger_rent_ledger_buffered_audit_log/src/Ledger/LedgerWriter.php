<?php

namespace App\Ledger;

/** Writes ledger lines through a prepared statement (the DBAL connection is stubbed by a counter). */
final class LedgerWriter
{
    private int $rowsWritten = 0;
    private const SQL = 'INSERT INTO rent_ledger (lease_id, period, kind, amount_cents, reference, posted_at) VALUES (?, ?, ?, ?, ?, ?)';

    public function post(string $leaseId, string $period, string $kind, int $amountCents, string $reference): int
    {
        $statement = ['sql' => self::SQL, 'params' => [$leaseId, $period, $kind, $amountCents, $reference, gmdate('Y-m-d H:i:s')]];
        $this->rowsWritten++;
        return count($statement['params']) === 6 ? $this->rowsWritten : 0;
    }
}
