<?php

namespace App\Search;

final class SearchTerm
{
    /** @param list<string> $tokens */
    public function __construct(
        public readonly string $raw,
        public readonly array $tokens,
        public readonly string $branch,
        public readonly string $format,
        public readonly string $sessionHash,
        public readonly string $compiledQuery,
    ) {
    }
}
