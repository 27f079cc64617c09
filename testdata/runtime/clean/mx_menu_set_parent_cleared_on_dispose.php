<?php
// A CMS menu adopts its items with $item->setParent($this) in a helper; after rendering, dispose() clears every back-link.

final class MenuItem
{
    private ?Menu $parent = null;

    public function __construct(public readonly string $label, public readonly string $url) {}

    public function setParent(?Menu $menu): void
    {
        $this->parent = $menu;
    }

    public function isActive(): bool
    {
        return $this->parent !== null && $this->parent->currentUrl === $this->url;
    }
}

final class Menu
{
    /** @var list<MenuItem> */
    private array $items = [];

    public function __construct(public readonly string $currentUrl) {}

    private function adopt(MenuItem $item): void
    {
        $item->setParent($this);
    }

    public function add(string $label, string $url): void
    {
        $item = new MenuItem($label, $url);
        $this->adopt($item);
        $this->items[] = $item;
    }

    public function render(): string
    {
        $html = '';
        foreach ($this->items as $item) {
            $html .= sprintf('<li class="%s"><a href="%s">%s</a></li>', $item->isActive() ? 'active' : '', $item->url, $item->label);
        }
        return '<ul>' . $html . '</ul>';
    }

    public function dispose(): void
    {
        foreach ($this->items as $item) {
            $item->setParent(null);
        }
    }
}

function renderPage(int $i): string
{
    $menu = new Menu("/pages/{$i}");
    $menu->add('Home', '/');
    $menu->add(str_repeat('Page title ', 60), "/pages/{$i}");
    $html = $menu->render();
    $menu->dispose();
    return $html;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    renderPage($i);
}
