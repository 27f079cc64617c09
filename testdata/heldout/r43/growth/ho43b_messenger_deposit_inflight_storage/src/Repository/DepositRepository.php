<?php

namespace App\Repository;

use App\Entity\Deposit;
use App\Message\DepositConfirmationReceived;

/** Loads the deposit row for a chain output (hydrated fresh per query, as DBAL rows are). */
final class DepositRepository
{
    /** @param array<string, int> $accountByAddress */
    public function __construct(private array $accountByAddress)
    {
    }

    public function forOutput(DepositConfirmationReceived $m): ?Deposit
    {
        $accountId = $this->accountByAddress[strtolower($m->toAddress)] ?? null;
        if ($accountId === null) {
            return null;
        }

        return new Deposit(
            sprintf('%s:%s:%d', $m->chain, $m->txHash, $m->outputIndex),
            $accountId,
            $m->chain,
            $m->txHash,
            $m->toAddress,
            $m->asset,
            $m->amount,
            $m->confirmations,
        );
    }
}
