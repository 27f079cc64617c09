<?php

namespace App\Imports;

class ImportReport
{
    public int $imported = 0;
    public int $skipped = 0;
    public ?string $lastEmail = null;

    public function record(ImportedContact $contact): void
    {
        $this->imported++;
        $this->lastEmail = $contact->email;
    }
}
