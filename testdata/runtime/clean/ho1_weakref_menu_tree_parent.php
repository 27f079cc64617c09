<?php
// A CMS page renderer builds a navigation menu tree per request whose items point back to their parent through a WeakReference, and a long-lived NavigationState remembers the active item weakly.

final class MenuItem
{
    /** @var MenuItem[] */
    private array $children = [];

    private ?WeakReference $parent = null;

    public function __construct(
        public readonly string $label,
        public readonly string $url,
        public readonly array $attributes = [],
    ) {}

    public function addChild(MenuItem $child): MenuItem
    {
        $child->parent = WeakReference::create($this);
        $this->children[] = $child;
        return $child;
    }

    public function getParent(): ?MenuItem
    {
        return $this->parent?->get();
    }

    /** @return MenuItem[] */
    public function getChildren(): array
    {
        return $this->children;
    }

    public function isRoot(): bool
    {
        return $this->getParent() === null;
    }

    /** @return MenuItem[] root first */
    public function breadcrumbs(): array
    {
        $trail = [];
        for ($item = $this; $item !== null; $item = $item->getParent()) {
            array_unshift($trail, $item);
        }
        return $trail;
    }
}

final class NavigationState
{
    private ?WeakReference $active = null;
    public int $renders = 0;

    public function activate(MenuItem $item): void
    {
        $this->active = WeakReference::create($item);
    }

    public function active(): ?MenuItem
    {
        return $this->active?->get();
    }
}

final class MenuBuilder
{
    public function build(array $sections): MenuItem
    {
        $root = new MenuItem('Home', '/');
        foreach ($sections as $section => $pages) {
            $node = $root->addChild(new MenuItem(ucfirst($section), "/{$section}", ['class' => "nav-{$section}"]));
            foreach ($pages as $slug => $title) {
                $node->addChild(new MenuItem($title, "/{$section}/{$slug}", ['data-track' => "menu:{$section}:{$slug}"]));
            }
        }
        return $root;
    }
}

final class MenuRenderer
{
    public function __construct(private NavigationState $state) {}

    public function render(MenuItem $item, int $depth = 0): string
    {
        $active = $this->state->active() === $item ? ' class="active"' : '';
        $html = sprintf('<li%s><a href="%s">%s</a>', $active, htmlspecialchars($item->url), htmlspecialchars($item->label));
        if ($item->getChildren()) {
            $html .= '<ul>';
            foreach ($item->getChildren() as $child) {
                $html .= $this->render($child, $depth + 1);
            }
            $html .= '</ul>';
        }
        $this->state->renders++;
        return $html . '</li>';
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$state = new NavigationState();
$builder = new MenuBuilder();
$renderer = new MenuRenderer($state);
for ($i = 0; $i < $n; $i++) {
    $menu = $builder->build([
        'products' => ['laptops' => 'Laptops', 'phones' => 'Phones', "deal-{$i}" => "Deal of the day #{$i}"],
        'support' => ['faq' => 'FAQ', 'contact' => 'Contact us'],
        'blog' => ["post-{$i}" => "Release notes {$i}"],
    ]);
    $current = $menu->getChildren()[0]->getChildren()[2];
    $state->activate($current);
    $trail = implode(' / ', array_map(static fn (MenuItem $m) => $m->label, $current->breadcrumbs()));
    $html = '<nav><p>' . $trail . '</p><ul>' . $renderer->render($menu) . '</ul></nav>';
}
