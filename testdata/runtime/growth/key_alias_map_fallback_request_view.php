<?php
// Compiled templates are cached in a class static under self::ALIASES[$name] ?? $name; the name is the view requested in the query string, which misses the alias map and falls through unique per request.

final class TemplateLocator
{
    private const ALIASES = [
        'index' => 'home',
        'product_show' => 'product',
        'basket' => 'cart',
    ];

    /** @var array<string, string> */
    private static array $compiled = [];

    public static function compiled(string $name): string
    {
        $template = self::resolveName($name);
        return self::$compiled[$template] ??= self::compile($template); // leak
    }

    private static function resolveName(string $name): string
    {
        return self::ALIASES[$name] ?? $name;
    }

    private static function compile(string $template): string
    {
        return "<?php /* template {$template} */ ?>"
            . str_repeat('<div class="row"><?= $this->escape($item) ?></div>', 14);
    }
}

final class ViewController
{
    public function __invoke(array $query): string
    {
        $view = $query['view'] ?? 'index';
        $code = TemplateLocator::compiled($view);
        return substr($code, 0, 64);
    }
}

$controller = new ViewController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller(['view' => "report_{$i}", 'page' => (string) $i]);
}
