<?php

namespace App\Imports;

class ImportReport
{
    public array $imported = [];
    public int $skipped = 0;

    public function record(ImportedContact $contact): void
    {
        $this->imported[] = $contact; // leak
    }
}
