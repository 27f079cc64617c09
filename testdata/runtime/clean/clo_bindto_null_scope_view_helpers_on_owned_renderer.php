<?php
// A CMS page binds static view helper closures with ->bindTo(null, self::class) over copied settings and registers them on the renderer it owns.

final class Renderer
{
    /** @var array<string, Closure> */
    private array $helpers = [];

    public function helper(string $name, Closure $fn): void
    {
        $this->helpers[$name] = $fn;
    }

    public function render(string $template): string
    {
        return preg_replace_callback('/\{(\w+):([^}]*)\}/', fn (array $m): string => ($this->helpers[$m[1]])($m[2]), $template);
    }
}

final class PageHelpers
{
    public static function all(string $baseUrl, array $translations): array
    {
        return [
            'url' => static function (string $path) use ($baseUrl): string { return rtrim($baseUrl, '/') . '/' . ltrim($path, '/'); },
            'trans' => static function (string $key) use ($translations): string { return $translations[$key] ?? $key; },
        ];
    }
}

final class Page
{
    private Renderer $renderer;

    public function __construct(private string $baseUrl, private array $translations, private string $template)
    {
        $this->renderer = new Renderer();
        foreach (PageHelpers::all($this->baseUrl, $this->translations) as $name => $fn) {
            $this->renderer->helper($name, $fn->bindTo(null, self::class));
        }
    }

    public function html(): string
    {
        return $this->renderer->render($this->template);
    }
}

function servePage(int $i): int
{
    $page = new Page('https://cms.example.test/', ['home' => 'Startseite'], str_repeat('<a href="{url:/posts/' . $i . '}">{trans:home}</a>', 12));
    return strlen($page->html());
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    servePage($i);
}
