<?php

namespace App\Services;

final class ClaimLedger
{
    private int $opened = 0;
    private ?string $lastClaim = null;

    public function open(string $claimNumber, string $policyNumber, int $reserve): void
    {
        $this->opened++;
        $this->lastClaim = $claimNumber;
    }

    public function closeWithoutPayment(string $claimNumber, string $reason): void
    {
        $this->lastClaim = $claimNumber;
    }
}
