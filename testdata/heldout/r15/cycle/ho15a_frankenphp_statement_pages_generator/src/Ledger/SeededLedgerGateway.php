<?php

declare(strict_types=1);

namespace Bank\Ledger;

/**
 * Deterministic gateway used by the worker in the sandbox environment.
 */
final class SeededLedgerGateway implements LedgerGateway
{
    public function __construct(private readonly int $entriesPerAccount = 60)
    {
    }

    public function fetch(string $accountId, int $offset, int $limit): array
    {
        $rows = [];
        $end = min($offset + $limit, $this->entriesPerAccount);
        for ($i = $offset; $i < $end; $i++) {
            $rows[] = [
                'id' => sprintf('%s-%05d', $accountId, $i),
                'booked_at' => date('Y-m-d', 1700000000 + $i * 86400),
                'amount' => (($i * 7919) % 20000) - 10000,
                'memo' => 'Card payment ' . $accountId . ' #' . $i,
            ];
        }

        return $rows;
    }
}
