<?php
// A search API runs in a worker loop. Scans over the index shards are
// generators that register themselves in a static table of open scans
// (for the admin page) through a helper, and take themselves out
// through another helper in a finally block. The request handler stops
// at the first shard with a hit: PHP destroys the generator at that
// yield and runs its finally block, so the scan leaves the table.

final class OpenScans
{
    /** @var array<string, array{query: string, started: float, note: string}> */
    private static array $open = [];

    public static function begin(string $id, string $query): void
    {
        self::$open[$id] = ['query' => $query, 'started' => microtime(true), 'note' => str_repeat('q', 600)];
    }

    public static function end(string $id): void
    {
        unset(self::$open[$id]);
    }
}

final class ShardScanner
{
    /** @param list<array<string, string>> $shards */
    public function __construct(private array $shards)
    {
    }

    /** @return Generator<int, string> */
    public function scan(string $query): Generator
    {
        $id = bin2hex(random_bytes(6));
        OpenScans::begin($id, $query);
        try {
            foreach ($this->shards as $i => $docs) {
                if (isset($docs[$query])) {
                    yield $i => $docs[$query];
                }
            }
        } finally {
            OpenScans::end($id);
        }
    }
}

final class SearchHandler
{
    public function __construct(private ShardScanner $scanner)
    {
    }

    public function first(string $query): ?string
    {
        foreach ($this->scanner->scan($query) as $hit) {
            return $hit;
        }

        return null;
    }
}

$handler = new SearchHandler(new ShardScanner([['php' => 'doc-1'], ['go' => 'doc-2'], ['php' => 'doc-3']]));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->first('php');
}
