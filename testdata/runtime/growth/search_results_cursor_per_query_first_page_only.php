<?php

// A search service keeps a generator over each query's results, keyed by
// a result token, so that the next page continues where the last one
// stopped; the token's entry goes once the generator is exhausted. Every
// client reads only the first page, so no generator ever finishes and
// the service keeps one per query.

declare(strict_types=1);

final class SearchIndex
{
    /** @return \Generator<int, array{sku: string, title: string}> */
    public function matches(string $query): \Generator
    {
        for ($i = 0; $i < 30; $i++) {
            yield ['sku' => 'SKU-' . crc32($query . $i), 'title' => ucfirst($query) . " result {$i} " . str_repeat('*', 20)];
        }
    }
}

final class SearchPager
{
    /** @var array<string, \Generator> */
    private array $cursors = [];

    public function __construct(private SearchIndex $index)
    {
    }

    public function page(string $token, string $query, int $size): array
    {
        if (!isset($this->cursors[$token])) {
            $this->cursors[$token] = $this->index->matches($query); // leak
        }
        $cursor = $this->cursors[$token];
        $rows = [];
        while ($cursor->valid() && count($rows) < $size) {
            $rows[] = $cursor->current();
            $cursor->next();
        }
        if (!$cursor->valid()) {
            unset($this->cursors[$token]);
        }

        return $rows;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$pager = new SearchPager(new SearchIndex());
for ($i = 0; $i < $n; $i++) {
    $query = 'query ' . $i . ' ' . str_repeat('x', 300);
    $rows = $pager->page('tok-' . $i, $query, 10);
}
