<?php

declare(strict_types=1);

namespace App\Ocr;

use App\Claims\DocumentIndexer;

final class OcrPipeline
{
    public function __construct(
        private readonly PageQueue $queue,
        private readonly TesseractEngine $engine,
        private readonly DocumentIndexer $indexer,
        private readonly float $minConfidence = 0.65,
    ) {
    }

    /** @param array{document_id: string, claim: string, kind: string, pages: list<string>} $document */
    public function process(array $document): int
    {
        foreach ($document['pages'] as $n => $bytes) {
            $this->queue->push(new PageImage($document['document_id'], $n + 1, $bytes));
        }

        $recognized = [];
        foreach ($this->queue as $page) {
            if ($page->documentId !== $document['document_id']) {
                continue;
            }
            $result = $this->engine->recognize($page);
            if ($result->confidence < $this->minConfidence) {
                continue;
            }
            $recognized[] = $result;
        }

        return $this->indexer->index($document['claim'], $document['kind'], $recognized);
    }
}
