<?php

namespace App\Search;

/** Ready-made hooks search handlers hang on a context. */
final class SettleHooks
{
    public static function auditTo(SearchAudit $audit, SearchContext $context): \Closure
    {
        return static fn () => $audit->record($context->summary()); // leak
    }
}

/** Per-format search statistics for the whole server process. */
final class SearchAudit
{
    /** @var array<string, array{count: int, hits: int}> */
    private array $perFormat = [
        'any' => ['count' => 0, 'hits' => 0],
        'book' => ['count' => 0, 'hits' => 0],
        'ebook' => ['count' => 0, 'hits' => 0],
        'audio' => ['count' => 0, 'hits' => 0],
    ];

    public function record(array $summary): void
    {
        if (!isset($this->perFormat[$summary['format']])) {
            return;
        }
        $this->perFormat[$summary['format']]['count']++;
        $this->perFormat[$summary['format']]['hits'] += $summary['hits'];
    }
}
