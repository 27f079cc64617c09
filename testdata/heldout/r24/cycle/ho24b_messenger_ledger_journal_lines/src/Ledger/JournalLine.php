<?php

declare(strict_types=1);

namespace App\Ledger;

final class JournalLine
{
    public function __construct(
        private Journal $journal, // leak
        public readonly string $account,
        public readonly string $side,
        public readonly int $amountMinor,
        public readonly string $memo,
    ) {
    }

    public function journal(): Journal
    {
        return $this->journal;
    }

    public function signedAmount(): int
    {
        return $this->side === 'debit' ? $this->amountMinor : -$this->amountMinor;
    }

    public function describe(): string
    {
        return sprintf('%s %s %d %s (%s)', $this->journal()->reference, $this->side, $this->amountMinor, $this->journal()->currency, $this->memo);
    }
}
