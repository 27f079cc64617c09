<?php

namespace App\Message;

final class AccrueOverdueFine
{
    public function __construct(
        public readonly string $loanId,
        public readonly string $patronId,
        public readonly string $itemBarcode,
        public readonly int $daysOverdue,
        public readonly string $materialType,
    ) {
    }
}
