<?php
// A sitemap controller pages through a category tree built per request:
// the root keeps a generator over its own subtree as a cursor, and take()
// hands out the next few categories, an empty list once the walk is done.
// The controller takes pages until it gets an empty one, collecting them
// in a local list: the generator runs to its end and lets go of the tree,
// and the list goes with the request.

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
        $this->cursor ??= $this->walk();
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
        $all = [];
        while ([] !== $next = $root->take(3)) {
            $all = [...$all, ...$next];
        }

        return implode("\n", array_map(static fn (Category $c): string => $c->slug, $all));
    }
}

$controller = new SitemapController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $xml = $controller(1000 + $i);
}
