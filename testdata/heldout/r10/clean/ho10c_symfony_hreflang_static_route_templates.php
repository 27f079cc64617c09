<?php

declare(strict_types=1);

// Blog front controller running under a Symfony Runtime worker loop
// (runtime/frankenphp-symfony style): the kernel boots once and handles
// every request that the runtime passes in.

final class Request
{
    public array $attributes = [];

    public function __construct(public readonly string $pathInfo, public readonly string $locale = 'en')
    {
    }

    public static function create(string $uri, string $locale): self
    {
        return new self(parse_url($uri, PHP_URL_PATH), $locale);
    }
}

final class Response
{
    public function __construct(public readonly string $content, public readonly int $status = 200)
    {
    }
}

final class UrlGenerator
{
    private static ?self $current = null;

    /** @param array<string, array<string, string>> $routes route name => locale => path template */
    public function __construct(private array $routes, private string $baseUrl)
    {
        self::$current = $this;
    }

    public static function current(): self
    {
        return self::$current ?? throw new LogicException('Router not booted');
    }

    public function generate(string $name, array $parameters, string $locale): string
    {
        $template = $this->routes[$name][$locale] ?? throw new InvalidArgumentException("Unknown route {$name}");
        $replace = [];
        foreach ($parameters as $key => $value) {
            $replace['{' . $key . '}'] = rawurlencode((string) $value);
        }
        return $this->baseUrl . strtr($template, $replace);
    }

    public function template(string $name, string $locale): string
    {
        return $this->baseUrl . ($this->routes[$name][$locale] ?? throw new InvalidArgumentException("Unknown route {$name}"));
    }

    public function locales(string $name): array
    {
        return array_keys($this->routes[$name]);
    }
}

/**
 * Twig helper: absolute URLs of a route in every locale, for <link rel="alternate" hreflang>.
 * Called many times per page, so the per-locale templates of a route are memoised
 * and only the placeholders are filled in on each call.
 */
function localized_urls(string $route, array $parameters = []): array
{
    static $templates = [];

    if (!isset($templates[$route])) {
        $byLocale = [];
        foreach (UrlGenerator::current()->locales($route) as $locale) {
            $byLocale[$locale] = UrlGenerator::current()->template($route, $locale);
        }
        $templates[$route] = $byLocale;
    }

    $replace = [];
    foreach ($parameters as $key => $value) {
        $replace['{' . $key . '}'] = rawurlencode((string) $value);
    }

    return array_map(static fn (string $template) => strtr($template, $replace), $templates["{$route}"]);
}

final class ArticleController
{
    public function show(Request $request, string $slug): Response
    {
        $head = '';
        foreach (localized_urls('blog_article', ['slug' => $slug]) as $locale => $url) {
            $head .= sprintf('<link rel="alternate" hreflang="%s" href="%s">', $locale, htmlspecialchars($url));
        }
        $canonical = localized_urls('blog_article', ['slug' => $slug])[$request->locale];

        return new Response("<html><head>{$head}<link rel=\"canonical\" href=\"{$canonical}\"></head><body>…</body></html>");
    }
}

final class Kernel
{
    private bool $booted = false;
    private ArticleController $articles;

    public function boot(): void
    {
        if ($this->booted) {
            return;
        }
        new UrlGenerator([
            'blog_article' => [
                'en' => '/en/blog/{slug}',
                'de' => '/de/magazin/{slug}',
                'fr' => '/fr/journal/{slug}',
                'es' => '/es/revista/{slug}',
            ],
            'blog_index' => ['en' => '/en/blog', 'de' => '/de/magazin', 'fr' => '/fr/journal', 'es' => '/es/revista'],
        ], 'https://www.greenhouse-journal.example');
        $this->articles = new ArticleController();
        $this->booted = true;
    }

    public function handle(Request $request): Response
    {
        $this->boot();
        if (preg_match('#^/[a-z]{2}/blog/(?P<slug>[a-z0-9-]+)$#', $request->pathInfo, $m)) {
            $request->attributes['_route'] = 'blog_article';
            return $this->articles->show($request, $m['slug']);
        }
        return new Response('Not Found', 404);
    }

    public function terminate(Request $request, Response $response): void
    {
    }
}

$kernel = new Kernel();
$kernel->boot();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create("/en/blog/growing-tomatoes-on-a-balcony-part-{$i}", 'en');
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
