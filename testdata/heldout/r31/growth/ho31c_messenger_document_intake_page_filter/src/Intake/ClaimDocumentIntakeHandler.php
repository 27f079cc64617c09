<?php

namespace App\Intake;

use Closure;

final class ClaimDocumentIntakeHandler
{
    private Closure $pageFilter;

    /** @var array<string, int> pages ingested per document type */
    private array $pagesByType = [];

    public function __construct(
        PageFilterFactory $filters,
        private DocumentClassifier $classifier,
    ) {
        $this->pageFilter = $filters->duplicatePageFilter();
    }

    public function __invoke(ClaimDocumentReceived $message): void
    {
        $pages = $this->splitPages($message->ocrText);
        $pages = ($this->pageFilter)($message->documentId, $pages);

        $type = $this->classifier->classify($pages);
        $this->pagesByType[$type] = ($this->pagesByType[$type] ?? 0) + count($pages);
    }

    /** @return array<int, string> */
    private function splitPages(string $ocrText): array
    {
        $pages = [];
        foreach (explode("\f", $ocrText) as $i => $page) {
            $pages[$i + 1] = $page;
        }

        return $pages;
    }
}
