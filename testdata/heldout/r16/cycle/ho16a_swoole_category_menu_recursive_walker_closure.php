<?php

declare(strict_types=1);

namespace Storefront\Catalog;

enum Locale: string
{
    case En = 'en';
    case De = 'de';
    case Fr = 'fr';
}

final class CategoryNode
{
    /** @param list<CategoryNode> $children */
    public function __construct(
        public readonly int $id,
        public readonly string $slug,
        public readonly array $children = [],
    ) {
    }
}

/** Loaded once at worker start; the tree itself is shared by all requests. */
final class CategoryTree
{
    public function __construct(public readonly CategoryNode $root)
    {
    }

    public static function demo(): self
    {
        $leaf = static fn (int $id, string $slug): CategoryNode => new CategoryNode($id, $slug);

        return new self(new CategoryNode(1, 'root', [
            new CategoryNode(2, 'garden', [$leaf(5, 'tools'), $leaf(6, 'seeds')]),
            new CategoryNode(3, 'kitchen', [$leaf(7, 'knives'), new CategoryNode(8, 'cookware', [$leaf(9, 'pans')])]),
            new CategoryNode(4, 'outdoor', [$leaf(10, 'tents')]),
        ]));
    }
}

final class Translator
{
    /** @var array<string, array<string, string>> */
    private array $catalogue = [
        'de' => ['garden' => 'Garten', 'kitchen' => 'Küche', 'outdoor' => 'Draußen', 'tools' => 'Werkzeug'],
        'fr' => ['garden' => 'Jardin', 'kitchen' => 'Cuisine', 'outdoor' => 'Plein air', 'seeds' => 'Graines'],
    ];

    public function trans(string $key, Locale $locale): string
    {
        return $this->catalogue[$locale->value][$key] ?? ucfirst($key);
    }
}

final class MenuRenderer
{
    public function __construct(
        private readonly CategoryTree $tree,
        private readonly Translator $translator,
    ) {
    }

    /**
     * @param list<int> $activePath ids from the root to the current category
     */
    public function render(Locale $locale, array $activePath, string $baseUrl): string
    {
        $labels = $this->labelsFor($this->tree->root, $locale);
        $walk = function (CategoryNode $node, int $depth) use (&$walk, $labels, $activePath, $baseUrl): string { // leak
            $html = '';
            foreach ($node->children as $child) {
                $class = in_array($child->id, $activePath, true) ? ' class="active"' : '';
                $html .= sprintf(
                    '<li%s><a href="%s/%s">%s</a>%s</li>',
                    $class,
                    $baseUrl,
                    $child->slug,
                    htmlspecialchars($labels[$child->id]),
                    $child->children === [] || $depth > 2 ? '' : $walk($child, $depth + 1),
                );
            }

            return $html === '' ? '' : '<ul>' . $html . '</ul>';
        };

        return $walk($this->tree->root, 0);
    }

    /** @return array<int, string> */
    private function labelsFor(CategoryNode $node, Locale $locale): array
    {
        $labels = [];
        foreach ($node->children as $child) {
            $labels[$child->id] = $this->translator->trans($child->slug, $locale);
            $labels += $this->labelsFor($child, $locale);
        }

        return $labels;
    }
}

namespace Storefront\Http;

use Storefront\Catalog\Locale;
use Storefront\Catalog\MenuRenderer;

final class LayoutController
{
    public function __construct(private readonly MenuRenderer $menu)
    {
    }

    /** @param array<string, string> $server */
    public function header(array $server, array $query): string
    {
        $locale = Locale::tryFrom($query['lang'] ?? 'en') ?? Locale::En;
        $path = array_map('intval', explode(',', $query['path'] ?? '1'));
        $base = sprintf('https://%s/%s/c', $server['HTTP_HOST'], $locale->value);

        return '<nav>' . $this->menu->render($locale, $path, $base) . '</nav>';
    }
}

namespace Storefront;

use Storefront\Catalog\CategoryTree;
use Storefront\Catalog\MenuRenderer;
use Storefront\Catalog\Translator;
use Storefront\Http\LayoutController;

/** Tiny stand-in for Swoole\Http\Server's request callback. */
final class SwooleStandIn
{
    /** @param \Closure(array, array): string $onRequest */
    public function __construct(private readonly \Closure $onRequest)
    {
    }

    public function serve(int $requests): void
    {
        $langs = ['en', 'de', 'fr'];
        for ($i = 0; $i < $requests; $i++) {
            ($this->onRequest)(
                ['HTTP_HOST' => sprintf('shop%d.example.test', $i % 4), 'REQUEST_URI' => '/c/kitchen?r=' . $i],
                ['lang' => $langs[$i % 3], 'path' => '1,3,' . (7 + $i % 3)],
            );
        }
    }
}

$controller = new LayoutController(new MenuRenderer(CategoryTree::demo(), new Translator()));
$server = new SwooleStandIn(static fn (array $server, array $query): string => $controller->header($server, $query));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server->serve($n);
