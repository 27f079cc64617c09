<?php

namespace App\Fines;

final class FineRow
{
    public function __construct(
        public readonly string $loanId,
        public readonly string $patronId,
        public readonly int $amountCents,
        public readonly string $reason,
        public readonly array $context,
    ) {
    }
}
