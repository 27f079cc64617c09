<?php

declare(strict_types=1);

// Swoole HTTP server: the menu definition is loaded once per worker, the
// primary navigation is rebuilt per request so the current page can be
// highlighted and its ancestors expanded.

final class MenuItem
{
    private ?MenuItem $parent = null;

    /** @var list<MenuItem> */
    private array $children = [];

    private bool $active = false;

    public function __construct(
        public readonly string $id,
        public readonly string $label,
        public readonly string $url,
        public readonly array $attributes = [],
    ) {
    }

    public function addChild(MenuItem $child): static
    {
        $this->children[] = $child; // leak
        $child->setParent($this); // leak

        return $this;
    }

    public function setParent(?MenuItem $parent): void
    {
        $this->parent = $parent; // leak
    }

    public function getParent(): ?MenuItem
    {
        return $this->parent;
    }

    /** @return list<MenuItem> */
    public function getChildren(): array
    {
        return $this->children;
    }

    public function markActive(): void
    {
        for ($item = $this; $item !== null; $item = $item->getParent()) {
            $item->active = true;
        }
    }

    public function isActive(): bool
    {
        return $this->active;
    }
}

final class MenuFactory
{
    /** @param array<string, array{label: string, url: string, parent?: string}> $definition */
    public function __construct(private array $definition)
    {
    }

    public function build(string $currentPath, string $currentTitle): MenuItem
    {
        $root = new MenuItem('primary', 'Primary', '/');
        $byId = ['primary' => $root];
        foreach ($this->definition as $id => $def) {
            $byId[$id] = new MenuItem($id, $def['label'], $def['url'], ['class' => 'menu-item menu-item-' . $id]);
            $byId[$def['parent'] ?? 'primary']->addChild($byId[$id]);
        }

        $current = new MenuItem('current', $currentTitle, $currentPath, [
            'class' => 'menu-item current-menu-item',
            'aria-current' => 'page',
            'data-title' => $currentTitle,
        ]);
        $byId['blog']->addChild($current);
        $current->markActive();

        return $root;
    }
}

final class MenuRenderer
{
    public function render(MenuItem $item, int $depth = 0): string
    {
        $html = '';
        foreach ($item->getChildren() as $child) {
            $class = ($child->attributes['class'] ?? 'menu-item') . ($child->isActive() ? ' is-active' : '');
            $html .= sprintf('<li class="%s"><a href="%s">%s</a>', $class, htmlspecialchars($child->url), htmlspecialchars($child->label));
            if ($child->getChildren() !== []) {
                $html .= '<ul class="sub-menu depth-' . ($depth + 1) . '">' . $this->render($child, $depth + 1) . '</ul>';
            }
            $html .= '</li>';
        }

        return $html;
    }
}

$factory = new MenuFactory([
    'home' => ['label' => 'Home', 'url' => '/'],
    'blog' => ['label' => 'Journal', 'url' => '/journal'],
]);
$renderer = new MenuRenderer();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 1; $i <= $n; $i++) {
    $slug = 'field-notes-' . dechex(0xa000 + $i * 7) . '-' . date('Y-m', 1700000000 + $i * 86400);
    $request = ['path' => '/journal/' . $slug, 'title' => ucwords(str_replace('-', ' ', $slug)) . ' — a longer headline from the editor'];

    $menu = $factory->build($request['path'], $request['title']);
    $html = '<nav class="primary-navigation"><ul class="menu">' . $renderer->render($menu) . '</ul></nav>';
    unset($menu, $html);
}
