<?php
// A theme renderer registers [$this, 'assetUrl'] as a filter on a template engine it creates per page and does not keep.

final class TemplateEngine
{
    /** @var array<string, callable> */
    private array $filters = [];

    public function addFilter(string $name, callable $filter): void
    {
        $this->filters[$name] = $filter;
    }

    public function render(string $template, array $vars): string
    {
        return preg_replace_callback('/\{\{\s*(\w+)\s*\|\s*(\w+)\s*\}\}/', function (array $m) use ($vars): string {
            return (string) call_user_func($this->filters[$m[2]], $vars[$m[1]] ?? '');
        }, $template);
    }
}

final class ThemeRenderer
{
    private string $manifest;

    public function __construct(private string $cdnHost, private string $version)
    {
        $this->manifest = json_encode(array_fill_keys(array_map(static fn (int $k): string => "img/banner-{$k}.webp", range(1, 20)), 'h'));
    }

    public function assetUrl(string $path): string
    {
        return "https://{$this->cdnHost}/{$this->version}/{$path}";
    }

    public function page(string $title, string $hero): string
    {
        $engine = new TemplateEngine();
        $engine->addFilter('asset', [$this, 'assetUrl']);
        return $engine->render('<title>{{ title | asset }}</title><img src="{{ hero | asset }}">', ['title' => $title, 'hero' => $hero]);
    }
}

function handle(int $i): int
{
    $theme = new ThemeRenderer('cdn.example.test', "v{$i}");
    return strlen($theme->page("Landing {$i}", 'img/banner-1.webp'));
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
