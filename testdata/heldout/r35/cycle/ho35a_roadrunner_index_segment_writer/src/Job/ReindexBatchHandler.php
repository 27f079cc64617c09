<?php

namespace App\Job;

use App\Index\Analyzer;
use App\Index\IndexWriter;

/**
 * Reindexes one batch of crawled pages: each job gets its own writer so a
 * failed batch never leaves half a segment in the shared index.
 */
final class ReindexBatchHandler
{
    public function __construct(
        private readonly Analyzer $analyzer,
        private readonly string $segmentDir,
    ) {
    }

    /** @return list<string> */
    public function handle(array $batch): array
    {
        $writer = new IndexWriter($batch['index'], $this->analyzer, ['url', 'title']);
        foreach ($batch['docs'] as $doc) {
            $writer->addDocument($doc['id'], [
                'url' => $doc['url'],
                'title' => $doc['title'],
                'body' => $doc['body'],
            ]);
        }

        return $writer->commit($this->segmentDir . '/' . $batch['index']);
    }
}
