<?php

namespace App;

use Illuminate\Support\Facades\Log;

final class ImportJob
{
    public function handle(array $row): void
    {
        Log::withContext(['import_id' => $row['id'], 'import' => ['sku' => $row['sku'], 'source' => $row['source']]]);
        Log::info('row imported');
    }
}
