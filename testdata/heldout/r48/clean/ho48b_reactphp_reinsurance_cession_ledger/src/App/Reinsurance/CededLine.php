<?php

declare(strict_types=1);

namespace App\Reinsurance;

final class CededLine
{
    public function __construct(
        public readonly string $treaty,
        public readonly string $claimNumber,
        public readonly string $lossDate,
        public readonly int $grossPaidCents,
        public readonly int $cededCents,
        public readonly string $cedantRemarks,
    ) {
    }

    public function toCsv(): string
    {
        return implode(';', [$this->treaty, $this->claimNumber, $this->lossDate, $this->grossPaidCents, $this->cededCents, str_replace(';', ',', $this->cedantRemarks)]);
    }
}
