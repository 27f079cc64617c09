<?php
// A response cache keeps rendered fragments in an ArrayObject that a
// static accessor hands out. Fragments are stored under the product's
// sku, checked against the catalogue's few skus.

final class FragmentCache
{
    private static ?ArrayObject $fragments = null;

    public static function put(string $key, string $html): void
    {
        self::fragments()[$key] = $html;
    }

    public static function get(string $key): ?string
    {
        return self::fragments()[$key] ?? null;
    }

    private static function fragments(): ArrayObject
    {
        return self::$fragments ??= new ArrayObject();
    }
}

final class ProductPage
{
    public function render(array $request): string
    {
        $key = in_array($request['sku'], ['A-1', 'B-2', 'C-3'], true) ? $request['sku'] : 'A-1';
        $html = FragmentCache::get($key);
        if ($html === null) {
            $html = '<section>' . str_repeat('<p>' . htmlspecialchars($request['sku']) . '</p>', 70) . '</section>';
            FragmentCache::put($key, $html);
        }

        return $html;
    }
}

$page = new ProductPage();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $page->render(['request_id' => bin2hex(random_bytes(8)), 'sku' => ['A-1', 'B-2', 'C-3'][$i % 3]]);
}
