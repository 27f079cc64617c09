<?php

namespace App\Export;

final class CsvExportBuilder
{
    /** @var list<string> */
    private array $lines = [];

    public function addRow(array $cells): self
    {
        $this->lines[] = implode(';', array_map(fn ($c) => '"' . str_replace('"', '""', (string) $c) . '"', $cells)); // leak
        return $this;
    }

    public function toCsv(): string
    {
        return implode("\r\n", $this->lines);
    }
}
