<?php

declare(strict_types=1);

/*
 * ReactPHP HTTP server for the product catalogue API:
 * GET /products?category=..&sort=..&page=..
 * The repository memoises matching() results per Criteria for the life of
 * the event loop; the product table changes only on deploys.
 */

final class Criteria
{
    private array $where = [];
    private array $orderings = [];
    private int $firstResult = 0;
    private int $maxResults = 20;

    public static function create(): self
    {
        return new self();
    }

    public function andWhereEq(string $field, string|int $value): self
    {
        $this->where[$field] = $value;
        ksort($this->where);

        return $this;
    }

    public function orderBy(array $orderings): self
    {
        $this->orderings = $orderings;

        return $this;
    }

    public function setFirstResult(int $first): self
    {
        $this->firstResult = $first;

        return $this;
    }

    public function setMaxResults(int $max): self
    {
        $this->maxResults = $max;

        return $this;
    }

    public function cacheKey(): string
    {
        return http_build_query(['w' => $this->where, 'o' => $this->orderings, 'f' => $this->firstResult, 'm' => $this->maxResults]);
    }

    public function getWhere(): array
    {
        return $this->where;
    }

    public function getFirstResult(): int
    {
        return $this->firstResult;
    }

    public function getMaxResults(): int
    {
        return $this->maxResults;
    }
}

/**
 * Result memo: Criteria => list of product rows. Two Criteria that
 * describe the same query share one slot.
 */
final class MatchingResultCache extends \SplObjectStorage
{
    public function getHash(object $criteria): string
    {
        return $criteria instanceof Criteria ? $criteria->cacheKey() : spl_object_hash($criteria);
    }

    public function remember(Criteria $criteria, \Closure $load): array
    {
        if ($this->contains($criteria)) {
            return $this[$criteria];
        }
        $rows = $load($criteria);
        $this->attach($criteria, $rows);

        return $rows;
    }
}

final class ProductRepository
{
    public function __construct(private MatchingResultCache $cache)
    {
    }

    public function matching(Criteria $criteria): array
    {
        return $this->cache->remember($criteria, fn (Criteria $c) => $this->loadFromDatabase($c));
    }

    private function loadFromDatabase(Criteria $criteria): array
    {
        $rows = [];
        $category = $criteria->getWhere()['category'] ?? 'all';
        for ($i = 0; $i < 4; $i++) {
            $id = $criteria->getFirstResult() + $i + 1;
            $rows[] = ['id' => $id, 'sku' => strtoupper($category) . '-' . $id, 'name' => ucfirst($category) . " item $id", 'price_cents' => 990 + $id * 10];
        }

        return $rows;
    }
}

final class ProductListController
{
    private const CATEGORIES = ['chairs', 'tables', 'lamps', 'rugs', 'shelves'];
    private const SORTS = ['price' => 'ASC', 'name' => 'ASC', 'created_at' => 'DESC'];
    private const PAGE_SIZE = 20;

    public function __construct(private ProductRepository $products)
    {
    }

    public function __invoke(array $query): array
    {
        $category = in_array($query['category'] ?? '', self::CATEGORIES, true) ? $query['category'] : 'chairs';
        $sort = array_key_exists($query['sort'] ?? '', self::SORTS) ? $query['sort'] : 'name';
        $page = min(max(1, (int) ($query['page'] ?? 1)), 5);

        $criteria = Criteria::create()
            ->andWhereEq('category', $category)
            ->andWhereEq('visible', 1)
            ->orderBy([$sort => self::SORTS[$sort]])
            ->setFirstResult(($page - 1) * self::PAGE_SIZE)
            ->setMaxResults(self::PAGE_SIZE);

        return ['status' => 200, 'body' => json_encode(['data' => $this->products->matching($criteria), 'page' => $page])];
    }
}

// --- loop boot ------------------------------------------------------------
$controller = new ProductListController(new ProductRepository(new MatchingResultCache()));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$cats = ['chairs', 'tables', 'lamps', 'rugs', 'shelves', 'beds'];
$sorts = ['price', 'name', 'created_at'];
for ($i = 1; $i <= $n; $i++) {
    // stand-in for new React\Http\HttpServer(fn (ServerRequestInterface $r) => ...)
    $controller([
        'category' => $cats[$i % 6],
        'sort' => $sorts[$i % 3],
        'page' => (string) ($i % 7),
        'utm_source' => 'newsletter-' . $i,
    ]);
}
