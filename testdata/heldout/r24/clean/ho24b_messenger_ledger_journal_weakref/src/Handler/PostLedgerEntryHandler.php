<?php

declare(strict_types=1);

namespace App\Handler;

use App\Ledger\AccountBalances;
use App\Ledger\Journal;
use App\Message\PostLedgerEntry;

final class PostLedgerEntryHandler
{
    private int $posted = 0;

    public function __construct(private AccountBalances $balances)
    {
    }

    public function __invoke(PostLedgerEntry $message): string
    {
        $journal = new Journal(
            $message->entryId,
            $message->currency,
            $message->reference,
            (new \DateTimeImmutable('@' . $message->bookedAt)),
        );
        foreach ($message->legs as $leg) {
            $journal->addLine($leg['account'], $leg['side'], $leg['amount'], $leg['memo']);
        }
        if (!$journal->isBalanced()) {
            throw new \DomainException('unbalanced journal ' . $journal->id);
        }
        foreach ($journal->lines() as $line) {
            $this->balances->apply($line);
        }
        $this->posted++;

        return $journal->id;
    }
}
