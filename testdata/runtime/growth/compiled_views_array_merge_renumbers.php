<?php

declare(strict_types=1);

// A view compiler memoises compiled templates under crc32() of their
// name, merged in with array_merge(), which renumbers integer keys: the
// memo never hits, and every render adds another entry.

final class ViewCompiler
{
    /** @var array<int, string> */
    private array $compiled = [];

    public function compile(string $view): string
    {
        $key = crc32($view);
        $code = $this->compiled[$key] ?? null;
        if ($code === null) {
            $code = str_repeat("<?php echo \$e({$view}); ?>", 30);
            $this->compiled = array_merge($this->compiled, [$key => $code]); // leak
        }

        return $code;
    }
}

final class PageController
{
    private const VIEWS = ['home', 'catalog', 'cart', 'checkout'];

    public function __construct(private ViewCompiler $views)
    {
    }

    public function show(int $i): int
    {
        return strlen($this->views->compile(self::VIEWS[$i % 4]));
    }
}

$controller = new PageController(new ViewCompiler());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->show($i);
}
