<?php

declare(strict_types=1);

namespace Bank\Ledger;

interface LedgerGateway
{
    /**
     * @return list<array{id: string, booked_at: string, amount: int, memo: string}>
     */
    public function fetch(string $accountId, int $offset, int $limit): array;
}
