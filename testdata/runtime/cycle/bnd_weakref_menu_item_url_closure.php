<?php
// CMS menu items keep their menu in a WeakReference, but each item also stores a URL-builder closure that captures the menu.

final class MenuItem
{
    private WeakReference $menu;
    private Closure $url;

    public function __construct(Menu $menu, public readonly string $label, public readonly string $slug)
    {
        $this->menu = WeakReference::create($menu);
        $this->url = static fn (): string => $menu->baseUrl . '/' . $slug; // leak
    }

    public function render(): string
    {
        return '<a href="' . ($this->url)() . '">' . htmlspecialchars($this->label) . '</a>';
    }
}

final class Menu
{
    /** @var list<MenuItem> */
    private array $items = [];

    public function __construct(public readonly string $baseUrl, public readonly string $cssClass) {}

    public function add(string $label, string $slug): void
    {
        $this->items[] = new MenuItem($this, $label, $slug); // leak
    }

    public function render(): string
    {
        return implode('', array_map(fn (MenuItem $i) => $i->render(), $this->items));
    }
}

function render_nav(int $i): string
{
    $menu = new Menu("https://site{$i}.example", str_repeat('nav-link ', 70));
    $menu->add('About', 'about');
    return $menu->render();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    render_nav($i);
}
