<?php
// A transit API memoizes rendered stop patterns. The memo key is built by
// a variadic helper from a prefix, the locale and the route, checked
// against the routes the network runs: one entry per route and locale.

trait MemoizesPatterns
{
    private static array $patterns = [];

    private static function memoKey(string ...$parts): string
    {
        return implode(':', $parts);
    }
}

final class PatternRenderer
{
    use MemoizesPatterns;

    public function render(string $locale, string $route, array $stops): string
    {
        $locale = in_array($locale, ['en', 'de', 'fr'], true) ? $locale : 'en';
        if (!in_array($route, ['R1', 'R2', 'R3', 'R4'], true)) {
            return '';
        }
        return self::$patterns[self::memoKey('pattern', $locale, $route)] ??= implode(' > ', $stops) . str_repeat(' ', 600);
    }
}

$renderer = new PatternRenderer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $update = json_decode(json_encode([
        'locale' => ['en', 'de', 'fr'][$i % 3],
        'trip' => sprintf('trip-%08d', 40000000 + $i * 37),
        'route' => 'R' . (1 + $i % 4),
        'stops' => ['Central', 'Harbour', 'Airport'],
    ]), true);
    $renderer->render($update['locale'], $update['route'], $update['stops']);
}
