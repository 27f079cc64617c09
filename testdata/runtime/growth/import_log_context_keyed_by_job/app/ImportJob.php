<?php

namespace App;

use Illuminate\Support\Facades\Log;

final class ImportJob
{
    public function handle(array $row): void
    {
        Log::withContext(["import.{$row['id']}" => ['sku' => $row['sku'], 'source' => $row['source']]]); // leak
        Log::info('row imported');
    }
}
