<?php

declare(strict_types=1);

namespace Shop\Export;

final class ExportSession
{
    private string $buffer = '';
    private int $rows = 0;
    private bool $locked = true;

    /** @param list<string> $columns */
    public function __construct(
        public readonly string $exportId,
        public readonly string $tenant,
        public readonly string $path,
        private readonly array $columns,
        private readonly ExportStorage $storage,
    ) {
        $this->buffer = implode(';', $columns) . "\n";
    }

    /** @param array<string, scalar> $row */
    public function write(array $row): void
    {
        $cells = [];
        foreach ($this->columns as $column) {
            $cells[] = str_replace(';', ',', (string) ($row[$column] ?? ''));
        }
        $this->buffer .= implode(';', $cells) . "\n";
        $this->rows++;
    }

    public function commit(): int
    {
        $this->storage->put($this->path, $this->buffer);
        $this->buffer = '';

        return $this->rows;
    }

    /** Releases the tenant export lock and the scratch file. */
    public function close(): void
    {
        if ($this->locked) {
            $this->storage->unlock($this->tenant, $this->exportId);
            $this->locked = false;
        }
    }
}
