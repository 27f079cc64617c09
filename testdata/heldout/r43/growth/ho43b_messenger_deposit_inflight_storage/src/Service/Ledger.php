<?php

namespace App\Service;

/** Balance postings, keyed by account and asset (both from fixed sets). */
final class Ledger
{
    /** @var array<int, array<string, string>> */
    private array $balances = [];
    private int $postings = 0;

    public function credit(int $accountId, string $asset, string $amount, string $reference): int
    {
        $current = $this->balances[$accountId][$asset] ?? '0';
        $this->balances[$accountId][$asset] = number_format((float) $current + (float) $amount, 8, '.', '');
        $this->postings++;

        return strlen($reference) > 0 ? $this->postings : 0;
    }
}
