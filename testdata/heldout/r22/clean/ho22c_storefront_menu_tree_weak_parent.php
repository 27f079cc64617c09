<?php

declare(strict_types=1);

namespace Storefront\Navigation;

final class MenuItem
{
    private ?\WeakReference $parent = null;
    private MenuItemCollection $children;

    public function __construct(
        public readonly string $label,
        public readonly string $uri,
        private array $attributes = [],
    ) {
        $this->children = new MenuItemCollection();
    }

    public function addChild(MenuItem $child): self
    {
        $this->children->adopt($this, $child);

        return $child;
    }

    public function attachTo(?MenuItem $parent): void
    {
        $this->parent = $parent === null ? null : \WeakReference::create($parent);
    }

    public function getParent(): ?MenuItem
    {
        return $this->parent?->get();
    }

    public function children(): MenuItemCollection
    {
        return $this->children;
    }

    public function level(): int
    {
        return $this->getParent() === null ? 0 : $this->getParent()->level() + 1;
    }

    public function attribute(string $name, string $default = ''): string
    {
        return (string) ($this->attributes[$name] ?? $default);
    }

    public function markCurrent(): void
    {
        $this->attributes['class'] = trim($this->attribute('class') . ' active');
        $this->getParent()?->markCurrent();
    }
}

/**
 * @implements \IteratorAggregate<int, MenuItem>
 */
final class MenuItemCollection implements \IteratorAggregate, \Countable
{
    /** @var list<MenuItem> */
    private array $items = [];

    public function adopt(MenuItem $owner, MenuItem $item): void
    {
        $item->attachTo($owner);
        $this->items[] = $item;
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->items);
    }

    public function count(): int
    {
        return \count($this->items);
    }
}

interface MenuProvider
{
    public function contribute(MenuItem $root, array $user): void;
}

final class CatalogMenuProvider implements MenuProvider
{
    public function __construct(private readonly array $departments)
    {
    }

    public function contribute(MenuItem $root, array $user): void
    {
        $shop = $root->addChild(new MenuItem('Shop', '/shop'));
        foreach ($this->departments as $slug => $title) {
            $shop->addChild(new MenuItem($title, '/shop/' . $slug, ['data-dept' => $slug]));
        }
    }
}

final class AccountMenuProvider implements MenuProvider
{
    public function contribute(MenuItem $root, array $user): void
    {
        $account = $root->addChild(new MenuItem('Hi, ' . $user['name'], '/account'));
        $account->addChild(new MenuItem('Orders', '/account/orders', ['data-count' => (string) $user['orders']]));
    }
}

final class MenuBuilder
{
    /** @param list<MenuProvider> $providers */
    public function __construct(private readonly array $providers)
    {
    }

    public function build(array $user, string $currentUri): MenuItem
    {
        $root = new MenuItem('root', '/');
        foreach ($this->providers as $provider) {
            $provider->contribute($root, $user);
        }
        $this->findByUri($root, $currentUri)?->markCurrent();

        return $root;
    }

    private function findByUri(MenuItem $item, string $uri): ?MenuItem
    {
        if ($item->uri === $uri) {
            return $item;
        }
        foreach ($item->children() as $child) {
            if ($found = $this->findByUri($child, $uri)) {
                return $found;
            }
        }

        return null;
    }
}

final class MenuRenderer
{
    public function render(MenuItem $item): string
    {
        $html = '';
        foreach ($item->children() as $child) {
            $html .= sprintf(
                '<li class="lvl-%d %s"><a href="%s">%s</a>%s</li>',
                $child->level(),
                $child->attribute('class'),
                htmlspecialchars($child->uri),
                htmlspecialchars($child->label),
                \count($child->children()) > 0 ? '<ul>' . $this->render($child) . '</ul>' : '',
            );
        }

        return $html;
    }
}

final class LayoutController
{
    public function __construct(
        private readonly MenuBuilder $builder,
        private readonly MenuRenderer $renderer,
    ) {
    }

    public function __invoke(array $request): string
    {
        $menu = $this->builder->build($request['user'], $request['uri']);

        return '<nav><ul>' . $this->renderer->render($menu) . '</ul></nav>';
    }
}

$controller = new LayoutController(
    new MenuBuilder([
        new CatalogMenuProvider(['shoes' => 'Shoes', 'bags' => 'Bags']),
        new AccountMenuProvider(),
    ]),
    new MenuRenderer(),
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = [
        'uri' => $i % 2 ? '/shop/shoes' : '/account/orders',
        'user' => ['name' => 'customer' . $i, 'orders' => $i % 7],
    ];
    $html = $controller($request);
}
