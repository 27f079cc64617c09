<?php
// Post types are registered at boot; each request looks up its archive template in a class static keyed by the post-type slug from the path, only after checking the slug is registered.

final class PostTypes
{
    /** @var array<string, array> */
    private static array $types = [];

    /** @var array<string, string> */
    private static array $archiveTemplates = [];

    public static function register(string $slug, array $args): void
    {
        self::$types[$slug] = $args + ['public' => true, 'has_archive' => true];
    }

    public static function exists(string $slug): bool
    {
        return isset(self::$types[$slug]);
    }

    public static function archiveTemplate(string $slug): string
    {
        return self::$archiveTemplates[$slug] ??= self::compile($slug, self::$types[$slug]);
    }

    private static function compile(string $slug, array $args): string
    {
        return "<section class=\"archive archive-{$slug}\"><h1>{$args['label']}</h1>"
            . str_repeat('<article>{{ title }} {{ excerpt }}</article>', 20) . '</section>';
    }
}

function route_request(string $path): string
{
    $segments = explode('/', trim($path, '/'));
    $type = $segments[0] ?? 'post';
    if (!PostTypes::exists($type)) {
        $type = 'post';
    }
    return strtr(PostTypes::archiveTemplate($type), ['{{ title }}' => $segments[1] ?? '', '{{ excerpt }}' => '']);
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
