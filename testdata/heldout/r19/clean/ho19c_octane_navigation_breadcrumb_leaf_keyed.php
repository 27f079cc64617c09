<?php

declare(strict_types=1);

namespace App\Http\Navigation;

final class MenuItem
{
    private ?MenuItem $parent = null;

    /** @var array<int|string, MenuItem> */
    private array $children = [];

    public function __construct(
        public readonly string $label,
        public readonly string $uri,
        public readonly bool $ephemeral = false,
        public readonly array $attributes = [],
    ) {
    }

    public function addChild(MenuItem $child): MenuItem
    {
        $child->parent = $this;
        $this->children[$child->uri] = $child;

        return $child;
    }

    public function detach(): void
    {
        if ($this->parent !== null) {
            unset($this->parent->children[$this->uri]);
            $this->parent = null;
        }
    }

    public function find(string $uri): ?MenuItem
    {
        if ($this->uri === $uri) {
            return $this;
        }
        foreach ($this->children as $child) {
            if (!$child->ephemeral && ($found = $child->find($uri)) !== null) {
                return $found;
            }
        }

        return null;
    }

    public function sectionFor(string $uri): MenuItem
    {
        foreach ($this->children as $child) {
            if (!$child->ephemeral && str_starts_with($uri, $child->uri)) {
                return $child;
            }
        }

        return $this;
    }

    /** @return list<MenuItem> */
    public function trail(): array
    {
        $trail = [];
        for ($node = $this; $node !== null; $node = $node->parent) {
            array_unshift($trail, $node);
        }

        return $trail;
    }
}

/** Built once when the worker boots and kept in the container. */
final class NavigationMenu
{
    private static ?NavigationMenu $instance = null;

    private function __construct(public readonly MenuItem $root)
    {
    }

    public static function instance(): self
    {
        if (self::$instance === null) {
            $root = new MenuItem('Home', '/');
            foreach (['/catalog' => 'Catalog', '/orders' => 'Orders', '/account' => 'Account'] as $uri => $label) {
                $root->addChild(new MenuItem($label, $uri));
            }
            self::$instance = new self($root);
        }

        return self::$instance;
    }
}

final class Request
{
    public function __construct(public readonly string $path, public readonly string $title)
    {
    }
}

final class Response
{
    public function __construct(public readonly string $body)
    {
    }
}

final class BreadcrumbMiddleware
{
    public function __construct(private readonly NavigationMenu $menu)
    {
    }

    /** @param callable(Request, list<MenuItem>): Response $next */
    public function handle(Request $request, callable $next): Response
    {
        $current = $this->menu->root->find($request->path);
        $leaf = null;

        if ($current === null) {
            $section = $this->menu->root->sectionFor($request->path);
            $current = $leaf = $section->addChild(new MenuItem(
                $request->title,
                $request->path,
                ephemeral: true,
                attributes: [
                    'aria-current' => 'page',
                    'data-jsonld' => json_encode([
                        '@context' => 'https://schema.org',
                        '@type' => 'ListItem',
                        'name' => $request->title,
                        'item' => 'https://shop.example.com' . $request->path,
                        'position' => substr_count($request->path, '/') + 1,
                    ], JSON_UNESCAPED_SLASHES),
                ],
            ));
        }

        try {
            return $next($request, $current->trail());
        } finally {
            $leaf?->detach();
        }
    }
}

final class PageRenderer
{
    /** @param list<MenuItem> $trail */
    public function render(Request $request, array $trail): Response
    {
        $crumbs = array_map(static fn (MenuItem $i): string => sprintf('<a href="%s">%s</a>', $i->uri, $i->label), $trail);

        return new Response('<nav>' . implode(' / ', $crumbs) . '</nav><h1>' . htmlspecialchars($request->title) . '</h1>');
    }
}

final class Worker
{
    private readonly BreadcrumbMiddleware $middleware;
    private readonly PageRenderer $renderer;

    public function __construct()
    {
        $this->middleware = new BreadcrumbMiddleware(NavigationMenu::instance());
        $this->renderer = new PageRenderer();
    }

    public function handle(Request $request): Response
    {
        return $this->middleware->handle($request, $this->renderer->render(...));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new Worker();
$sections = ['/catalog', '/orders', '/account'];
for ($i = 0; $i < $n; $i++) {
    $path = $sections[$i % 3] . '/' . (10000 + $i);
    $worker->handle(new Request($path, 'Item ' . (10000 + $i)));
}
