<?php

declare(strict_types=1);

namespace Catalog\Search;

enum SearchScope: string
{
    case Products = 'products';
    case Categories = 'categories';
    case Brands = 'brands';

    public static function fromRequest(?string $value): self
    {
        return self::tryFrom((string) $value) ?? self::Products;
    }
}

final class RecentQuery
{
    /** @param array<string, string> $filters */
    public function __construct(
        public readonly string $term,
        public readonly SearchScope $scope,
        public readonly array $filters,
        public readonly int $hits,
        public readonly float $tookMs,
    ) {
    }
}

final class SearchCriteria
{
    /** @param array<string, string> $filters */
    public function __construct(
        public readonly string $term,
        public readonly SearchScope $scope,
        public readonly array $filters,
        public readonly int $page = 1,
    ) {
    }
}

interface SearchIndex
{
    /** @return list<array{id: int, title: string}> */
    public function query(SearchCriteria $criteria): array;
}

final class InMemoryIndex implements SearchIndex
{
    /** @param list<array{id: int, title: string}> $documents */
    public function __construct(private readonly array $documents)
    {
    }

    public function query(SearchCriteria $criteria): array
    {
        $words = preg_split('/\s+/', strtolower($criteria->term)) ?: [];

        return array_values(array_filter(
            $this->documents,
            static fn (array $doc): bool => array_intersect($words, explode(' ', strtolower($doc['title']))) !== [],
        ));
    }
}

/** Keeps the last few searches so the autocomplete dropdown can show "recent searches". */
final class RecentSearches
{
    private const KEEP = 5;

    /** @var array<string, list<RecentQuery>> */
    private array $window = [];

    public function remember(RecentQuery $query): void
    {
        $bucket = $this->bucketFor($query);
        $this->window[$bucket][] = $query;
        if (count($this->window[$bucket]) > self::KEEP) {
            $this->window[$bucket] = array_slice($this->window[$bucket], -self::KEEP);
        }
    }

    /** @return list<RecentQuery> */
    public function recent(SearchScope $scope): array
    {
        return $this->window[$scope->value] ?? [];
    }

    private function bucketFor(RecentQuery $query): string
    {
        return $query->scope->value;
    }
}

final class SearchService
{
    public function __construct(private readonly SearchIndex $index, private readonly RecentSearches $recent)
    {
    }

    /** @return list<array{id: int, title: string}> */
    public function search(SearchCriteria $criteria): array
    {
        $started = hrtime(true);
        $hits = $this->index->query($criteria);
        $this->recent->remember(new RecentQuery(
            $criteria->term,
            $criteria->scope,
            $criteria->filters,
            count($hits),
            (hrtime(true) - $started) / 1e6,
        ));

        return array_slice($hits, ($criteria->page - 1) * 20, 20);
    }
}

final class SearchController
{
    public function __construct(private readonly SearchService $search)
    {
    }

    /** @param array<string, string> $query */
    public function __invoke(array $query): string
    {
        $filters = array_intersect_key($query, array_flip(['brand', 'color', 'size']));
        $criteria = new SearchCriteria($query['q'] ?? '', SearchScope::fromRequest($query['scope'] ?? null), $filters, (int) ($query['page'] ?? 1));

        return json_encode(['data' => $this->search->search($criteria)], JSON_THROW_ON_ERROR);
    }
}

// --- Octane worker stand-in: the container and its singletons outlive each request.
$index = new InMemoryIndex([
    ['id' => 1, 'title' => 'Red running shoes'],
    ['id' => 2, 'title' => 'Blue denim jacket'],
    ['id' => 3, 'title' => 'Wool winter hat'],
    ['id' => 4, 'title' => 'Leather belt brown'],
]);
$controller = new SearchController(new SearchService($index, new RecentSearches()));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$colors = ['red', 'blue', 'black', 'brown'];
$scopes = ['products', 'brands', 'categories'];

for ($i = 0; $i < $n; $i++) {
    $controller([
        'q' => sprintf('%s shoes size %d for trail %d', $colors[$i % 4], 36 + $i % 12, $i),
        'scope' => $scopes[$i % 3],
        'color' => $colors[$i % 4],
        'size' => (string) (36 + $i % 12),
        'page' => '1',
    ]);
}
