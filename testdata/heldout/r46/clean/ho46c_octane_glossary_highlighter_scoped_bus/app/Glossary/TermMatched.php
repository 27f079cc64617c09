<?php

namespace App\Glossary;

final class TermMatched
{
    public function __construct(
        public readonly string $documentId,
        public readonly string $term,
        public readonly string $approved,
        public readonly int $offset,
    ) {
    }
}
