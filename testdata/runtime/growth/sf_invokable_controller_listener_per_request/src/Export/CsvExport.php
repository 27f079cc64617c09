<?php

namespace App\Export;

final class CsvExport
{
    public function __construct(
        public readonly int $reportId,
        public readonly string $recipient,
        public readonly string $csv,
    ) {
    }
}
