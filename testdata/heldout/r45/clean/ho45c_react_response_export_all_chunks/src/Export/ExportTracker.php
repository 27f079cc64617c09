<?php

declare(strict_types=1);

namespace App\Export;

/**
 * Exports currently being written by this worker, for the status page.
 */
final class ExportTracker
{
    /** @var array<string, CsvExport> */
    private array $running = [];

    public function started(CsvExport $export): void
    {
        $this->running[$export->id] = $export;
    }

    public function finished(CsvExport $export): void
    {
        unset($this->running[$export->id]);
    }

    public function get(string $id): ?CsvExport
    {
        return $this->running[$id] ?? null;
    }

    /** @return list<array{id: string, survey: string, rows: int, total: int}> */
    public function status(): array
    {
        return array_values(array_map(static fn (CsvExport $e): array => $e->progress(), $this->running));
    }
}
