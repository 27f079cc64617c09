<?php

declare(strict_types=1);

namespace Marketplace\Catalog;

final class Category
{
    /** @var list<Category> */
    private array $children = [];

    /** @var \Generator<int, Category>|null */
    private ?\Generator $cursor = null;

    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly string $slug,
        public readonly int $productCount = 0,
    ) {
    }

    public function add(Category $child): Category
    {
        $this->children[] = $child;

        return $child;
    }

    /**
     * Depth-first walk of this category and everything below it.
     *
     * @return \Generator<int, Category>
     */
    public function walk(): \Generator
    {
        yield $this;
        foreach ($this->children as $child) {
            yield from $child->walk();
        }
    }

    /**
     * Returns the next $limit categories of the walk; an empty list when done.
     *
     * @return list<Category>
     */
    public function take(int $limit): array
    {
        $this->cursor ??= $this->walk();
        $batch = [];
        while ($this->cursor->valid() && \count($batch) < $limit) {
            $batch[] = $this->cursor->current();
            $this->cursor->next();
        }

        return $batch;
    }
}

final class CategoryTreeLoader
{
    /** @param array<int, array{id: int, parent: int|null, name: string, products: int}> $rows */
    public function load(array $rows): Category
    {
        $nodes = [];
        $root = null;
        foreach ($rows as $row) {
            $slug = strtolower(preg_replace('/[^a-z0-9]+/i', '-', $row['name']));
            $node = new Category($row['id'], $row['name'], $slug, $row['products']);
            $nodes[$row['id']] = $node;
            if ($row['parent'] === null) {
                $root = $node;
            } else {
                $nodes[$row['parent']]->add($node);
            }
        }

        return $root ?? throw new \UnexpectedValueException('Category rows have no root');
    }
}

final class StoreCatalog
{
    public function __construct(private readonly CategoryTreeLoader $loader)
    {
    }

    public function treeFor(int $storeId): Category
    {
        $rows = [
            ['id' => 1, 'parent' => null, 'name' => "Store {$storeId}", 'products' => 0],
            ['id' => 2, 'parent' => 1, 'name' => 'Home & Garden', 'products' => 120 + $storeId % 9],
            ['id' => 3, 'parent' => 2, 'name' => 'Outdoor Furniture', 'products' => 40],
            ['id' => 4, 'parent' => 2, 'name' => 'Lighting', 'products' => 35],
            ['id' => 5, 'parent' => 1, 'name' => 'Electronics', 'products' => 310],
            ['id' => 6, 'parent' => 5, 'name' => 'Headphones', 'products' => 88],
            ['id' => 7, 'parent' => 5, 'name' => 'Smart Home', 'products' => 61],
        ];

        return $this->loader->load($rows);
    }
}

final class SitemapController
{
    private const PAGE_SIZE = 3;

    public function __construct(private readonly StoreCatalog $catalog)
    {
    }

    public function __invoke(array $request): array
    {
        $tree = $this->catalog->treeFor($request['store']);
        $xml = '<urlset>';
        $batch = [];
        while ([] !== $next = $tree->take(self::PAGE_SIZE)) {
            $batch = [...$batch, ...$next];
        }
        foreach ($batch as $category) {
            $xml .= sprintf('<url><loc>https://%s/c/%s-%d</loc></url>', $request['host'], $category->slug, $category->id);
        }
        $xml .= '</urlset>';

        return ['status' => 200, 'headers' => ['Content-Type' => 'application/xml'], 'body' => $xml];
    }
}

final class HttpServer
{
    /** @var callable */
    private $handler;

    public function on(string $event, callable $handler): void
    {
        $this->handler = $handler;
    }

    public function serve(int $requests): void
    {
        for ($i = 0; $i < $requests; $i++) {
            $response = ($this->handler)(['store' => 10 + $i, 'host' => "shop{$i}.example.com", 'page' => 1 + $i % 2]);
        }
    }
}

$server = new HttpServer();
$server->on('request', new SitemapController(new StoreCatalog(new CategoryTreeLoader())));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server->serve($n);
