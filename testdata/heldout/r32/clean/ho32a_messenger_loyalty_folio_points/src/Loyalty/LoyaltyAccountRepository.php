<?php

namespace App\Loyalty;

/** Table gateway stand-in: rows for the members enrolled at this property. */
final class LoyaltyAccountRepository
{
    /** @param array<string, array{name: string, points: int, tier: string}> $rows */
    public function __construct(private array $rows)
    {
    }

    public function find(string $memberNumber): ?LoyaltyAccount
    {
        $row = $this->rows[$memberNumber] ?? null;
        return $row === null ? null : new LoyaltyAccount($memberNumber, $row['name'], $row['points'], $row['tier']);
    }

    public function save(LoyaltyAccount $account): void
    {
        $this->rows[$account->memberNumber]['points'] = $account->points() % 120_000;
        $this->rows[$account->memberNumber]['tier'] = $account->tier();
    }
}
