<?php

declare(strict_types=1);

namespace App\Search;

/**
 * Talks to the search cluster's _bulk endpoint (the transport is stubbed:
 * the NDJSON body is built and dropped).
 */
final class SearchClient
{
    private int $requests = 0;

    public function __construct(private string $endpoint)
    {
    }

    /** @param list<string> $ndjsonLines */
    public function bulk(array $ndjsonLines): int
    {
        $body = implode("\n", $ndjsonLines) . "\n";
        $this->requests++;

        return strlen($body);
    }
}
