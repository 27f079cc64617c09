<?php
// A transit API memoizes rendered stop patterns. The memo key is built by
// a variadic helper from a prefix, the locale and the trip id; trip ids
// come with every realtime update, so each update adds an entry.

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

    public function render(string $locale, string $tripId, array $stops): string
    {
        $locale = in_array($locale, ['en', 'de', 'fr'], true) ? $locale : 'en';
        return self::$patterns[self::memoKey('pattern', $locale, $tripId)] ??= implode(' > ', $stops) . str_repeat(' ', 600); // leak
    }
}

$renderer = new PatternRenderer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $update = json_decode(json_encode([
        'locale' => ['en', 'de', 'fr'][$i % 3],
        'trip' => sprintf('trip-%08d', 40000000 + $i * 37),
        'stops' => ['Central', 'Harbour', 'Airport'],
    ]), true);
    $renderer->render($update['locale'], $update['trip'], $update['stops']);
}
