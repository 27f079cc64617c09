<?php

namespace App\Receipts;

final class StatementMailer
{
    private int $queued = 0;

    public function sendStatement(string $donorId, string $name, string $fiscalYear, array $lines): void
    {
        $this->queued++;
    }

    public function sendReceipt(Donation $donation): void
    {
        $this->queued++;
    }
}
