<?php
// A long-lived rate limiter keeps, per route, the times of the last
// requests. Before it decides, it cuts each route's list back to the
// last hundred entries and writes the cut list back under the route.

final class SlidingWindowLimiter
{
    private array $hits = [];

    public function __construct(private readonly int $keep = 100, private readonly int $limit = 1000) {}

    public function allow(string $route, string $client): bool
    {
        $this->hits[$route][] = ['at' => microtime(true), 'client' => $client];

        return count($this->recent($route)) <= $this->limit;
    }

    private function recent(string $route): array
    {
        return $this->hits[$route] = array_slice($this->hits[$route] ?? [], -$this->keep);
    }
}

final class ApiKernel
{
    private const ROUTES = ['/orders', '/invoices', '/customers'];

    public function __construct(private readonly SlidingWindowLimiter $limiter) {}

    public function handle(array $request): int
    {
        $route = in_array($request['path'], self::ROUTES, true) ? $request['path'] : '/other';

        return $this->limiter->allow($route, $request['client']) ? 200 : 429;
    }
}

$kernel = new ApiKernel(new SlidingWindowLimiter());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < 200 + $n; $i++) {
    $kernel->handle(['path' => ['/orders', '/invoices', '/customers'][$i % 3], 'client' => str_repeat('c', 600) . $i]);
}
