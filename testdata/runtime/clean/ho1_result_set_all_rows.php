<?php
// Each API request builds a result set whose lazily created row generator (over the result set itself) is cached on it, and the controller reads every row.

final class ResultSet implements IteratorAggregate
{
    private ?Generator $cursor = null;
    private int $fetched = 0;

    /** @param list<array<string, string>> $rows */
    public function __construct(
        private array $rows,
        private array $columns,
    ) {}

    public function getIterator(): Generator
    {
        return $this->cursor ??= $this->stream();
    }

    private function stream(): Generator
    {
        foreach ($this->rows as $index => $row) {
            $this->fetched++;
            yield $index => $this->hydrate($row);
        }
    }

    private function hydrate(array $row): array
    {
        $out = [];
        foreach ($this->columns as $column) {
            $out[$column] = $row[$column] ?? null;
        }
        return $out;
    }

    public function all(): array
    {
        $rows = [];
        foreach ($this->getIterator() as $row) {
            $rows[] = $row;
        }
        return $rows;
    }

    public function fetchedCount(): int
    {
        return $this->fetched;
    }
}

final class ArticleQuery
{
    public function latestFor(int $authorId): ResultSet
    {
        $rows = [];
        for ($i = 0; $i < 4; $i++) {
            $rows[] = [
                'id' => (string) ($authorId * 10 + $i),
                'title' => "Article {$i} by author {$authorId}",
                'body' => str_repeat("Lorem ipsum {$authorId} ", 10),
            ];
        }
        return new ResultSet($rows, ['id', 'title', 'body']);
    }
}

final class AuthorController
{
    public function __construct(private ArticleQuery $articles) {}

    public function articles(int $authorId): string
    {
        $result = $this->articles->latestFor($authorId);
        $titles = array_column($result->all(), 'title');
        return json_encode(['author' => $authorId, 'titles' => $titles]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new AuthorController(new ArticleQuery());
for ($i = 0; $i < $n; $i++) {
    $controller->articles(300 + $i);
}
