<?php

declare(strict_types=1);

namespace App\Message;

final class PostLedgerEntry
{
    /** @param list<array{account: string, side: string, amount: int, memo: string}> $legs */
    public function __construct(
        public readonly string $entryId,
        public readonly string $currency,
        public readonly string $reference,
        public readonly array $legs,
        public readonly int $bookedAt,
    ) {
    }
}
