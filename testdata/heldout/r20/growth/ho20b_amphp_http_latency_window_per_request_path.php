<?php

declare(strict_types=1);

namespace App\Http;

// --- amphp/http-server-like stand-ins -------------------------------------------

final class Request
{
    /** @var array<string, mixed> */
    private array $attributes = [];

    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers = [],
    ) {
    }

    public function setAttribute(string $name, mixed $value): void
    {
        $this->attributes[$name] = $value;
    }

    public function getAttribute(string $name): mixed
    {
        return $this->attributes[$name] ?? null;
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

interface RequestHandler
{
    public function handleRequest(Request $request): Response;
}

interface Middleware
{
    public function handleRequest(Request $request, RequestHandler $next): Response;
}

final readonly class MatchedRoute
{
    public function __construct(public string $name, public string $pattern, public array $params)
    {
    }
}

final class Router implements RequestHandler
{
    /** @param array<string, array{string, string, \Closure(array): Response}> $routes name => [method, pattern, handler] */
    public function __construct(private readonly array $routes)
    {
    }

    public function handleRequest(Request $request): Response
    {
        foreach ($this->routes as $name => [$method, $pattern, $handler]) {
            $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $pattern) . '$#';
            if ($method === $request->method && preg_match($regex, $request->path, $m)) {
                $params = array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);
                $request->setAttribute('route', new MatchedRoute($name, $pattern, $params));
                return $handler($params);
            }
        }
        return new Response(404, 'not found');
    }
}

// --- application telemetry ----------------------------------------------------------

final readonly class Sample
{
    public function __construct(public float $ms, public int $status, public int $bytes)
    {
    }
}

trait RecordsLatency
{
    /** @var array<string, array<int, Sample>> */
    private static array $windows = [];
    /** @var array<string, int> */
    private static array $cursors = [];
    /** @var array<string, list<int>> */
    private static array $histograms = [];

    protected static function record(string $series, Sample $sample): void
    {
        $slot = self::$cursors[$series] ?? 0;
        self::$windows[$series][$slot % self::WINDOW] = $sample; // leak
        self::$cursors[$series] = $slot + 1; // leak

        self::$histograms[$series] ??= array_fill(0, \count(self::BUCKETS_MS) + 1, 0); // leak
        $bucket = \count(self::BUCKETS_MS);
        foreach (self::BUCKETS_MS as $i => $upper) {
            if ($sample->ms <= $upper) {
                $bucket = $i;
                break;
            }
        }
        self::$histograms[$series][$bucket]++;
    }

    public static function p95(string $series): float
    {
        $values = array_map(static fn (Sample $s): float => $s->ms, self::$windows[$series] ?? []);
        sort($values);
        return $values[(int) floor(0.95 * (\count($values) - 1))] ?? 0.0;
    }
}

final class LatencyMiddleware implements Middleware
{
    use RecordsLatency;

    private const WINDOW = 32;
    private const BUCKETS_MS = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000];

    public function handleRequest(Request $request, RequestHandler $next): Response
    {
        $started = hrtime(true);
        $response = $next->handleRequest($request);

        self::record($this->seriesFor($request), new Sample((hrtime(true) - $started) / 1e6, $response->status, \strlen($response->body)));

        return $response;
    }

    private function seriesFor(Request $request): string
    {
        return $request->method . ' ' . $request->path;
    }
}

final class Stack implements RequestHandler
{
    public function __construct(private readonly Middleware $middleware, private readonly RequestHandler $inner)
    {
    }

    public function handleRequest(Request $request): Response
    {
        return $this->middleware->handleRequest($request, $this->inner);
    }
}

// --- server stand-in -------------------------------------------------------------------

$router = new Router([
    'rooms.history' => ['GET', '/api/rooms/{room}/history', static fn (array $p): Response => new Response(200, json_encode(['room' => $p['room'], 'messages' => []]))],
    'users.show' => ['GET', '/api/users/{user}', static fn (array $p): Response => new Response(200, json_encode(['id' => $p['user']]))],
    'health' => ['GET', '/health', static fn (array $p): Response => new Response(200, 'ok')],
]);
$app = new Stack(new LatencyMiddleware(), $router);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $path = match ($i % 5) {
        0, 1 => '/api/rooms/' . bin2hex(random_bytes(8)) . '/history',
        2, 3 => '/api/users/' . (100000 + $i),
        default => '/health',
    };
    $app->handleRequest(new Request('GET', $path, ['x-request-id' => uniqid('', true)]));
}
