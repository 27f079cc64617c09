<?php

namespace App\Glossary;

use Closure;

/**
 * Built once per request for one document; collects highlight spans for the
 * terms the scanner reports through the glossary bus.
 */
final class TermHighlighter
{
    /** @var list<array{term: string, approved: string, offset: int}> */
    private array $spans = [];

    public function __construct(
        private readonly string $documentId,
        private readonly string $text,
    ) {
        GlossaryBus::listen(TermMatched::class, Closure::fromCallable([$this, 'onTermMatched'])); // leak
    }

    public function onTermMatched(TermMatched $event): void
    {
        if ($event->documentId !== $this->documentId) {
            return;
        }
        $this->spans[] = ['term' => $event->term, 'approved' => $event->approved, 'offset' => $event->offset];
    }

    public function render(): array
    {
        return [
            'document' => $this->documentId,
            'length' => strlen($this->text),
            'spans' => $this->spans,
        ];
    }
}
