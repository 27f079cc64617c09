<?php

declare(strict_types=1);

namespace Shop\Navigation;

final class Category
{
    public function __construct(
        public readonly int $id,
        public readonly ?int $parentId,
        public readonly string $slug,
        public readonly string $title,
    ) {
    }
}

interface CategoryRepository
{
    /** @return list<Category> */
    public function allVisible(string $locale): array;
}

final class StaticCategoryRepository implements CategoryRepository
{
    private const TREE = [
        [1, null, 'clothing'], [2, 1, 'men'], [3, 1, 'women'], [4, 2, 'shirts'], [5, 2, 'trousers'],
        [6, 3, 'dresses'], [7, 3, 'shoes'], [8, null, 'home'], [9, 8, 'kitchen'], [10, 8, 'garden'],
    ];

    public function allVisible(string $locale): array
    {
        return array_map(
            static fn (array $row): Category => new Category($row[0], $row[1], $row[2], ucfirst($row[2]) . ' (' . $locale . ')'),
            self::TREE,
        );
    }
}

final class NavigationRenderer
{
    public function __construct(private readonly string $baseUrl)
    {
    }

    /**
     * @param list<Category> $categories
     */
    public function render(array $categories, string $activeSlug): string
    {
        $byParent = [];
        foreach ($categories as $category) {
            $byParent[$category->parentId ?? 0][] = $category;
        }

        $walk = function (int $parentId, int $depth) use (&$walk, $byParent, $activeSlug): string {
            $items = '';
            foreach ($byParent[$parentId] ?? [] as $category) {
                $class = $category->slug === $activeSlug ? ' class="active"' : '';
                $children = $walk($category->id, $depth + 1);
                $items .= sprintf(
                    '<li%s><a href="%s/c/%s">%s</a>%s</li>',
                    $class,
                    $this->baseUrl,
                    $category->slug,
                    htmlspecialchars($category->title),
                    $children,
                );
            }

            return $items === '' ? '' : sprintf('<ul data-depth="%d">%s</ul>', $depth, $items);
        };

        try {
            return $walk(0, 0);
        } finally {
            $walk = null;
        }
    }
}

final class NavigationController
{
    public function __construct(
        private readonly CategoryRepository $categories,
        private readonly NavigationRenderer $renderer,
    ) {
    }

    public function handle(string $path, string $acceptLanguage): array
    {
        $locale = substr($acceptLanguage, 0, 2) ?: 'en';
        $active = basename($path);
        $html = $this->renderer->render($this->categories->allVisible($locale), $active);

        return ['status' => 200, 'headers' => ['content-type' => 'text/html'], 'body' => $html];
    }
}

// Amp\Http\Server\RequestHandler stand-in driven by a fake event loop.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new NavigationController(new StaticCategoryRepository(), new NavigationRenderer('https://shop.example.test'));
$paths = ['/c/shirts', '/c/dresses', '/c/kitchen', '/c/garden', '/c/men'];
$languages = ['en-GB,en;q=0.9', 'de-DE,de;q=0.8', 'fr-FR'];

for ($i = 0; $i < $n; $i++) {
    $response = $controller->handle($paths[$i % count($paths)], $languages[$i % count($languages)]);
}
