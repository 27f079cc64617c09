<?php
// Post types are registered at boot, but the rendered single-entry template is cached in a class static keyed by the entry slug from the request path, so every post visited adds an entry.

final class PostTypes
{
    /** @var array<string, array> */
    private static array $types = [];

    /** @var array<string, string> */
    private static array $singleTemplates = [];

    public static function register(string $slug, array $args): void
    {
        self::$types[$slug] = $args + ['public' => true, 'has_archive' => true];
    }

    public static function exists(string $slug): bool
    {
        return isset(self::$types[$slug]);
    }

    public static function singleTemplate(string $type, string $slug): string
    {
        return self::$singleTemplates[$slug] ??= self::compile($type, $slug, self::$types[$type]); // leak
    }

    private static function compile(string $type, string $slug, array $args): string
    {
        return "<article class=\"single single-{$type}\" id=\"{$slug}\"><p>{$args['label']}</p>"
            . str_repeat('<div>{{ title }} {{ body }}</div>', 20) . '</article>';
    }
}

function route_request(string $path): string
{
    $segments = explode('/', trim($path, '/'));
    $type = $segments[0] ?? 'post';
    if (!PostTypes::exists($type)) {
        $type = 'post';
    }
    $slug = $segments[1] ?? 'index';
    return strtr(PostTypes::singleTemplate($type, $slug), ['{{ title }}' => $slug, '{{ body }}' => '']);
}

PostTypes::register('post', ['label' => 'Posts']);
PostTypes::register('page', ['label' => 'Pages']);
PostTypes::register('event', ['label' => 'Events']);
PostTypes::register('recipe', ['label' => 'Recipes']);

$types = ['post', 'page', 'event', 'recipe', 'wp-admin'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    route_request('/' . $types[$i % 5] . "/entry-{$i}");
}
