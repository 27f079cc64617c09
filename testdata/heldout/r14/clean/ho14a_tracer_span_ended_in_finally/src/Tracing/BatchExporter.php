<?php

declare(strict_types=1);

namespace App\Tracing;

final class BatchExporter
{
    private array $batch = [];
    public int $exported = 0;

    public function __construct(private readonly int $maxBatchSize = 16)
    {
    }

    public function export(array $span): void
    {
        $this->batch[] = $span;
        if (count($this->batch) >= $this->maxBatchSize) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        // would POST the batch to the collector (OTLP/HTTP)
        $this->exported += count($this->batch);
        $this->batch = [];
    }
}
