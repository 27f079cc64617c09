<?php

namespace App\Fines;

/** Batches fine rows so the ledger is written with one multi-row INSERT. */
final class FineRowBuffer
{
    private \SplQueue $rows;

    public function __construct()
    {
        $this->rows = new \SplQueue();
    }

    public function add(FineRow $row): void
    {
        $this->rows->enqueue($row);
    }

    /** @return list<FineRow> */
    public function drain(): array
    {
        $batch = [];
        while (!$this->rows->isEmpty()) {
            $batch[] = $this->rows->dequeue();
        }

        return $batch;
    }
}
