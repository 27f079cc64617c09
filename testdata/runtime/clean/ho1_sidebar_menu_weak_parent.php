<?php
// A navigation builder kept in a static application registry renders the sidebar menu for each page view; menu items create their sub-items through a factory method and remember their parent weakly.

final class MenuItem
{
    /** @var array<string, MenuItem> */
    private array $children = [];
    private array $attributes = [];
    private bool $current = false;

    public function __construct(
        private string $label,
        private string $uri,
        private ?WeakReference $parent = null,
    ) {}

    public function addChild(string $label, string $uri, array $attributes = []): MenuItem
    {
        $child = $this->createChild($label, $uri);
        $child->setAttributes($attributes);
        $this->children[$label] = $child;
        return $child;
    }

    protected function createChild(string $label, string $uri): MenuItem
    {
        return new MenuItem($label, $uri, WeakReference::create($this));
    }

    public function setAttributes(array $attributes): void
    {
        $this->attributes = $attributes + $this->attributes;
    }

    public function getLevel(): int
    {
        $parent = $this->parent?->get();
        return $parent === null ? 0 : $parent->getLevel() + 1;
    }

    public function markCurrent(string $uri): bool
    {
        foreach ($this->children as $child) {
            if ($child->markCurrent($uri)) {
                $this->current = true;
            }
        }
        if ($this->uri === $uri) {
            $this->current = true;
        }
        return $this->current;
    }

    public function render(): string
    {
        $classes = ['level-' . $this->getLevel()];
        if ($this->current) {
            $classes[] = 'active';
        }
        if (isset($this->attributes['icon'])) {
            $classes[] = 'icon-' . $this->attributes['icon'];
        }
        $html = sprintf('<li class="%s"><a href="%s">%s</a>', implode(' ', $classes), htmlspecialchars($this->uri), htmlspecialchars($this->label));
        if ($this->children !== []) {
            $html .= '<ul>';
            foreach ($this->children as $child) {
                $html .= $child->render();
            }
            $html .= '</ul>';
        }
        return $html . '</li>';
    }
}

final class MenuBuilder
{
    public function __construct(private array $sections) {}

    public function build(string $currentUri, array $roles): MenuItem
    {
        $root = new MenuItem('root', '/');
        foreach ($this->sections as $label => $section) {
            if (isset($section['role']) && !in_array($section['role'], $roles, true)) {
                continue;
            }
            $root->addChild($label, $section['uri'], ['icon' => $section['icon'] ?? 'dot', 'title' => $section['title'] ?? $label]);
        }
        $root->markCurrent($currentUri);
        return $root;
    }
}

final class App
{
    public static ?MenuBuilder $menu = null;
    public static array $config = [];

    public static function boot(array $config): void
    {
        self::$config = $config;
        self::$menu = new MenuBuilder($config['navigation']);
    }
}

function render_layout(string $uri, array $roles, string $content): string
{
    $nav = App::$menu->build($uri, $roles)->render();
    return '<html><body><nav><ul>' . $nav . '</ul></nav><main>' . $content . '</main></body></html>';
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
App::boot([
    'navigation' => [
        'Dashboard' => ['uri' => '/dashboard', 'icon' => 'home', 'title' => 'Overview of your account'],
        'Invoices' => ['uri' => '/invoices', 'icon' => 'file', 'title' => 'Invoices and receipts'],
        'Team' => ['uri' => '/team', 'icon' => 'users', 'role' => 'admin'],
    ],
]);

$pages = ['/dashboard', '/invoices', '/team'];
for ($i = 0; $i < $n; $i++) {
    render_layout($pages[$i % 3], $i % 4 === 0 ? ['admin'] : ['user'], 'page body');
}
