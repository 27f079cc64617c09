<?php
// A request profiler discards the warm-up request: the first call resets its static samples, every later call appends.

final class RequestProfiler
{
    private static bool $warmedUp = false;
    /** @var list<array> */
    private static array $samples = [];

    public static function sample(string $route, float $ms, array $queries): void
    {
        if (!self::$warmedUp) {
            // the first request after boot is the warm-up: start from a clean slate
            self::$samples = [];
            self::$warmedUp = true;
            return;
        }
        self::$samples[] = ['route' => $route, 'ms' => $ms, 'queries' => $queries]; // leak
    }
}

final class Kernel
{
    public function handle(string $uri): string
    {
        $start = hrtime(true);
        $body = "<h1>{$uri}</h1>";
        RequestProfiler::sample($uri, (hrtime(true) - $start) / 1e6, ['SELECT * FROM products WHERE slug = ? -- ' . str_repeat('x', 500)]);
        return $body;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$kernel = new Kernel();
for ($i = 0; $i < $n; $i++) {
    $kernel->handle("/products/{$i}");
}
