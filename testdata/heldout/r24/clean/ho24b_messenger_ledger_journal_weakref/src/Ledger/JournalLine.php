<?php

declare(strict_types=1);

namespace App\Ledger;

final class JournalLine
{
    /** @var \WeakReference<Journal> */
    private \WeakReference $journal;

    public function __construct(
        Journal $journal,
        public readonly string $account,
        public readonly string $side,
        public readonly int $amountMinor,
        public readonly string $memo,
    ) {
        // The journal owns its lines; a line must not keep the journal alive.
        $this->journal = \WeakReference::create($journal);
    }

    public function journal(): Journal
    {
        return $this->journal->get() ?? throw new \LogicException('journal line detached from its journal');
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
