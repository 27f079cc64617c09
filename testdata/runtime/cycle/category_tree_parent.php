<?php
// Category tree nodes keep a pointer to their parent; a tree is built per request.

final class Category
{
    private ?Category $parent = null;
    /** @var array<string, Category> */
    private array $children = [];

    public function __construct(
        public readonly string $slug,
        public readonly string $title,
    ) {}

    public function addChild(Category $child): void
    {
        $this->children[$child->slug] = $child;
        $child->parent = $this; // leak
    }

    public function path(): string
    {
        return $this->parent === null ? $this->slug : $this->parent->path() . '/' . $this->slug;
    }

    /** @return iterable<Category> */
    public function walk(): iterable
    {
        yield $this;
        foreach ($this->children as $child) {
            yield from $child->walk();
        }
    }
}

final class MenuBuilder
{
    public function build(array $rows): Category
    {
        $root = new Category('shop', 'Shop');
        $index = ['shop' => $root];
        foreach ($rows as [$slug, $title, $parentSlug]) {
            $node = new Category($slug, $title);
            $index[$parentSlug]->addChild($node);
            $index[$slug] = $node;
        }
        return $root;
    }
}

function renderMenu(MenuBuilder $builder, int $requestId): int
{
    $tree = $builder->build([
        ['books', 'Books ' . $requestId, 'shop'],
        ['novels', str_repeat('Novels and fiction ', 8), 'books'],
        ['music', 'Music ' . $requestId, 'shop'],
        ['vinyl', str_repeat('Vinyl records ', 8), 'music'],
    ]);
    $paths = [];
    foreach ($tree->walk() as $node) {
        $paths[] = $node->path();
    }
    return count($paths);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$builder = new MenuBuilder();
for ($i = 0; $i < $n; $i++) {
    renderMenu($builder, $i);
}
