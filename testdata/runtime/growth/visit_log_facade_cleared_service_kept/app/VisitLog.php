<?php

namespace App;

// Collects what one request visited, for the response's debug header.
final class VisitLog
{
    /** @var list<string> */
    private array $visits = [];

    public function visit(string $path, string $agent): void
    {
        $this->visits[] = sprintf('%s by %s', $path, $agent); // leak
    }

    public function count(): int
    {
        return count($this->visits);
    }
}
