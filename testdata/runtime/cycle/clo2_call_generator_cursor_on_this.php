<?php
// A paginated API reader starts a shared page-fetching generator closure with ->call($this) and keeps the suspended generator in $this->cursor.

final class CatalogReader
{
    private ?Generator $cursor = null;
    private array $seen = [];
    private string $endpoint;

    public function __construct(string $host, private int $perPage)
    {
        $this->endpoint = "https://{$host}/v2/catalog?fields=" . implode(',', array_map(static fn (int $k): string => "attr_{$k}", range(1, 80)));
    }

    public function open(Closure $pager): void
    {
        $this->cursor = $pager->call($this, 5); // leak
    }

    public function next(): ?array
    {
        if ($this->cursor === null || !$this->cursor->valid()) {
            return null;
        }
        $page = $this->cursor->current();
        $this->cursor->next();
        return $page;
    }

    private function fetchPage(int $page): array
    {
        return ['page' => $page, 'url' => $this->endpoint . "&page={$page}&per_page={$this->perPage}", 'items' => range(1, 3)];
    }
}

$pager = function (int $maxPages): Generator {
    for ($page = 1; $page <= $maxPages; $page++) {
        $result = $this->fetchPage($page);
        $this->seen[] = $page;
        yield $result;
    }
};

function handle(int $i, Closure $pager): int
{
    $reader = new CatalogReader("shop{$i}.example.test", 50);
    $reader->open($pager);
    return count($reader->next()['items'] ?? []);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i, $pager);
}
