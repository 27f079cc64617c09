<?php

namespace App\Collection;

/**
 * Collects search documents and sends them to the search cluster in one
 * bulk request when flushed.
 */
final class SearchIndexBuffer
{
    /** @var list<array<string, string>> */
    private array $pending = [];
    private int $bulkRequests = 0;

    public function add(array $document): void
    {
        $this->pending[] = $document; // leak
    }

    public function flush(): void
    {
        if ($this->pending === []) {
            return;
        }
        $body = '';
        foreach ($this->pending as $document) {
            $body .= json_encode(['index' => ['_id' => $document['id']]]) . "\n" . json_encode($document) . "\n";
        }
        // POST /collection/_bulk would go here
        $this->bulkRequests++;
        $this->pending = [];
    }
}
