<?php

declare(strict_types=1);

namespace App\Ledger;

/** Running balances per chart-of-accounts code, loaded at boot. */
final class AccountBalances
{
    /** @var array<string, int> */
    private array $balances;

    /** @param list<string> $chartOfAccounts */
    public function __construct(array $chartOfAccounts)
    {
        $this->balances = array_fill_keys($chartOfAccounts, 0);
    }

    public function apply(JournalLine $line): void
    {
        if (!array_key_exists($line->account, $this->balances)) {
            throw new \DomainException('unknown account ' . $line->account);
        }
        $this->balances[$line->account] += $line->signedAmount();
    }
}
