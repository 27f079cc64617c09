<?php

namespace App\Jobs;

use App\Imports\ImportedContact;
use App\Imports\ImportReport;
use Illuminate\Contracts\Queue\ShouldQueue;

class ImportContactRow implements ShouldQueue
{
    public ?ImportedContact $contact = null;

    public function __construct(public int $importId, public array $row) {}

    public function handle(ImportReport $report): void
    {
        if (! filter_var($this->row['email'], FILTER_VALIDATE_EMAIL)) {
            $report->skipped++;

            return;
        }
        $tags = array_map('trim', explode(',', $this->row['tags']));
        $this->contact = new ImportedContact(strtolower($this->row['email']), ucwords($this->row['name']), $tags, $this->row['notes']);
        $report->record($this->contact);
    }
}
