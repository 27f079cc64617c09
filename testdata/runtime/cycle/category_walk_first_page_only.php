<?php
// A sitemap controller pages through a category tree built per request:
// the root keeps a generator over its own subtree as a cursor, and take()
// hands out the next few categories, an empty list once the walk is done.
// The controller renders the first page only: the generator stays
// suspended inside the walk, holding the root that holds it, a cycle
// per request.

final class Category
{
    /** @var list<Category> */
    private array $children = [];
    private ?Generator $cursor = null;

    public function __construct(public readonly int $id, public readonly string $slug)
    {
    }

    public function add(Category $child): void
    {
        $this->children[] = $child;
    }

    /** @return Generator<int, Category> */
    public function walk(): Generator
    {
        yield $this;
        foreach ($this->children as $child) {
            yield from $child->walk();
        }
    }

    /** @return list<Category> */
    public function take(int $limit): array
    {
        $this->cursor ??= $this->walk(); // leak
        $batch = [];
        while ($this->cursor->valid() && count($batch) < $limit) {
            $batch[] = $this->cursor->current();
            $this->cursor->next();
        }

        return $batch;
    }
}

final class SitemapController
{
    public function __invoke(int $store): string
    {
        $root = new Category($store, 'store-' . $store);
        for ($c = 0; $c < 8; $c++) {
            $root->add(new Category($store * 10 + $c, str_repeat('category-', 6) . $c));
        }
        $all = $root->take(3);

        return implode("\n", array_map(static fn (Category $c): string => $c->slug, $all));
    }
}

$controller = new SitemapController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $xml = $controller(1000 + $i);
}
