<?php
// A CMS page binds view helper closures to itself with ->bindTo($this, self::class) and registers them on the renderer it owns.

final class Renderer
{
    /** @var array<string, Closure> */
    private array $helpers = [];

    public function helper(string $name, Closure $fn): void
    {
        $this->helpers[$name] = $fn; // leak
    }

    public function render(string $template): string
    {
        return preg_replace_callback('/\{(\w+):([^}]*)\}/', fn (array $m): string => ($this->helpers[$m[1]])($m[2]), $template);
    }
}

final class PageHelpers
{
    public static function all(): array
    {
        return [
            'url' => function (string $path): string { return rtrim($this->baseUrl, '/') . '/' . ltrim($path, '/'); },
            'trans' => function (string $key): string { return $this->translations[$key] ?? $key; },
        ];
    }
}

final class Page
{
    private Renderer $renderer;

    public function __construct(private string $baseUrl, private array $translations, private string $template)
    {
        $this->renderer = new Renderer();
        foreach (PageHelpers::all() as $name => $fn) {
            $this->renderer->helper($name, $fn->bindTo($this, self::class)); // leak
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
