<?php
// Nav menus are registered at boot under a few locations, but the rendered HTML is cached in a class static keyed by the docs section slug from the request path; unknown sections render the primary menu yet each gets its own cache entry.

final class NavMenus
{
    /** @var array<string, list<array{label: string, url: string}>> */
    private static array $locations = [];

    /** @var array<string, string> */
    private static array $rendered = [];

    public static function registerLocation(string $slug, array $items): void
    {
        self::$locations[$slug] = $items;
    }

    public static function render(string $slug): string
    {
        return self::$rendered[$slug] ??= self::build($slug, self::$locations[$slug] ?? self::$locations['primary']); // leak
    }

    private static function build(string $slug, array $items): string
    {
        $html = "<nav class=\"menu menu-{$slug}\"><ul>";
        foreach ($items as $item) {
            $html .= "<li class=\"menu-item\"><a href=\"{$item['url']}\">{$item['label']}</a></li>";
        }
        return $html . '</ul></nav>';
    }
}

final class DocsController
{
    public function page(string $path): string
    {
        $section = explode('/', trim($path, '/'))[1] ?? 'primary';
        return NavMenus::render($section) . "<main>{$path}</main>";
    }
}

$items = [];
foreach (['Getting started', 'Installation', 'Configuration', 'Deployment', 'API reference', 'Changelog', 'FAQ', 'Support'] as $label) {
    $items[] = ['label' => $label, 'url' => '/docs/' . strtolower(str_replace(' ', '-', $label))];
}
NavMenus::registerLocation('primary', $items);
NavMenus::registerLocation('footer', array_slice($items, 5));
NavMenus::registerLocation('api', array_slice($items, 4, 2));

$controller = new DocsController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->page("/docs/guide-{$i}/intro");
}
