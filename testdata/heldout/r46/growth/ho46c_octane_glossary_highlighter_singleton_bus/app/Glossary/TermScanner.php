<?php

namespace App\Glossary;

final class TermScanner
{
    public function __construct(private Glossary $glossary)
    {
    }

    public function scan(string $documentId, string $text): int
    {
        $hits = 0;
        foreach ($this->glossary->scan($text) as [$term, $approved, $offset]) {
            GlossaryBus::dispatch(new TermMatched($documentId, $term, $approved, $offset));
            $hits++;
        }
        return $hits;
    }
}
