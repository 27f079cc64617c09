<?php
// A shop search controller remembers recent queries in a static list and trims it to 20 right after adding one.

final class SearchHistory
{
    private static array $recent = [];

    public static function add(string $query, array $filters): void
    {
        self::$recent[] = ['q' => $query, 'filters' => $filters, 'at' => time()];
        while (count(self::$recent) > 20) {
            array_shift(self::$recent);
        }
    }

    public static function suggestions(): array
    {
        return array_column(self::$recent, 'q');
    }
}

final class SearchController
{
    public function __invoke(array $query): array
    {
        SearchHistory::add($query['q'], $query['filters']);
        return ['results' => [], 'suggestions' => SearchHistory::suggestions()];
    }
}

$controller = new SearchController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller(['q' => "red shoes size {$i}", 'filters' => ['brand' => str_repeat('acme-', 140), 'sort' => 'price']]);
}
