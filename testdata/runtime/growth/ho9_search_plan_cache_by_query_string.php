<?php
// A product-search worker loop compiles a sort/ranking plan per request and keeps compiled plans on a long-lived search service.

final class SearchPlan
{
    /** @param list<array{string, string}> $orderBy */
    public function __construct(public readonly string $sort, public readonly array $orderBy, public readonly string $sql) {}
}

final class PlanKey
{
    private const SORTS = ['relevance', 'newest', 'price_asc', 'price_desc'];

    public static function sort(array $query): string
    {
        return in_array($query['sort'] ?? null, self::SORTS, true) ? $query['sort'] : 'relevance';
    }

    public static function of(array $query): string
    {
        $sort = self::sort($query);
        return 'plan:' . http_build_query(['sort' => $sort, 'q' => $query['q'] ?? '']);
    }
}

final class ProductSearch
{
    /** @var array<string, SearchPlan> */
    private array $plans = [];

    public function search(array $query): array
    {
        $key = PlanKey::of($query);
        $plan = $this->plans[$key] ??= $this->compile(PlanKey::sort($query)); // leak

        return ['sql' => $plan->sql, 'term' => $query['q'] ?? ''];
    }

    private function compile(string $sort): SearchPlan
    {
        $orderBy = match ($sort) {
            'newest' => [['created_at', 'DESC'], ['id', 'DESC']],
            'price_asc' => [['price', 'ASC'], ['id', 'ASC']],
            'price_desc' => [['price', 'DESC'], ['id', 'DESC']],
            default => [['score', 'DESC'], ['popularity', 'DESC'], ['id', 'ASC']],
        };
        $cols = implode(', ', array_map(fn ($o) => "p.{$o[0]} {$o[1]}", $orderBy));
        $sql = 'SELECT p.id, p.sku, p.title, p.price, p.created_at, p.popularity, MATCH(p.title, p.body) AGAINST(:term) AS score '
            . 'FROM products p JOIN stock s ON s.product_id = p.id WHERE s.qty > 0 AND MATCH(p.title, p.body) AGAINST(:term) '
            . "ORDER BY {$cols} LIMIT :limit OFFSET :offset /* plan {$sort} */ " . str_repeat(' ', 200);

        return new SearchPlan($sort, $orderBy, $sql);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$search = new ProductSearch();
$sorts = ['relevance', 'newest', 'price_asc', 'bogus', 'price_desc'];

for ($i = 0; $i < $n; $i++) {
    $query = ['q' => "red shoes size {$i}", 'sort' => $sorts[$i % 5], 'page' => (string) (1 + $i % 7)];
    $search->search($query);
}
