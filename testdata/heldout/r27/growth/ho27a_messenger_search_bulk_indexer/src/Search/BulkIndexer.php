<?php

declare(strict_types=1);

namespace App\Search;

/**
 * Collects index operations and sends them as one _bulk request, so a busy
 * queue costs one round trip per batch instead of one per article.
 */
final class BulkIndexer
{
    /** @var array<string, list<string>> */
    private array $pending = [];

    public function __construct(
        private SearchClient $client,
        private string $index,
    ) {
    }

    public function index(string $id, array $document): void
    {
        $this->pending[$id] = [ // leak
            json_encode(['index' => ['_index' => $this->index, '_id' => $id]]),
            json_encode($document, JSON_UNESCAPED_UNICODE),
        ];
    }

    public function delete(string $id): void
    {
        $this->pending[$id] = [json_encode(['delete' => ['_index' => $this->index, '_id' => $id]])];
    }

    public function pendingCount(): int
    {
        return count($this->pending);
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $this->client->bulk(array_merge(...array_values($this->pending)));
        $this->pending = [];
    }
}
