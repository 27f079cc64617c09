<?php
// Deprecation notices are recorded once per key (isset on a static seen-map), but the key includes the request path, so every request adds one.

final class Deprecations
{
    /** @var array<string, true> */
    private static array $seen = [];

    /** @var list<string> */
    private static array $notices = [];

    public static function trigger(string $key, string $message): void
    {
        if (isset(self::$seen[$key])) {
            return;
        }
        self::$seen[$key] = true; // leak
        self::$notices[] = "[{$key}] {$message}"; // leak
    }
}

const LEGACY_PARAMS = ['page_size' => 'DEP-001', 'sort_dir' => 'DEP-002', 'fields' => 'DEP-003'];

function handle_request(array $request): int
{
    foreach ($request['query'] as $param => $value) {
        if (isset(LEGACY_PARAMS[$param])) {
            Deprecations::trigger(LEGACY_PARAMS[$param] . ' ' . $request['path'], "Query parameter {$param} on {$request['path']} is deprecated. " . str_repeat('See the migration guide. ', 20));
        }
    }
    return 200;
}

$params = array_keys(LEGACY_PARAMS);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request(['path' => "/api/orders/{$i}", 'query' => [$params[$i % 3] => (string) $i, 'q' => str_repeat('x', 200)]]);
}
