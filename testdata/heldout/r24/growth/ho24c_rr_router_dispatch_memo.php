<?php

// Artifact API of a build farm served by a RoadRunner-style worker: routes
// are compiled to regexes once, and dispatch results are memoised in a
// cache shared by every router instance (trait static), reached through a
// facade.

final class Route
{
    public function __construct(
        public readonly string $name,
        public readonly string $method,
        public readonly string $pattern,
        public readonly string $action,
    ) {
    }

    public function isStatic(): bool
    {
        return !str_contains($this->pattern, '{');
    }
}

final class CompiledRoute
{
    /** @param list<string> $variables */
    public function __construct(public readonly string $regex, public readonly array $variables)
    {
    }
}

final class MatchResult
{
    public function __construct(
        public readonly Route $route,
        public readonly array $parameters,
        public readonly string $matchedPath,
    ) {
    }
}

final class RouteCompiler
{
    /** @var array<string, CompiledRoute> */
    private array $compiled = [];

    public function compile(Route $route): CompiledRoute
    {
        if (isset($this->compiled[$route->name])) {
            return $this->compiled[$route->name];
        }
        preg_match_all('/\{(\w+)\}/', $route->pattern, $m);
        $regex = '#^' . preg_replace('/\\\\\{(\w+)\\\\\}/', '(?P<$1>[^/]+)', preg_quote($route->pattern, '#')) . '$#';

        return $this->compiled[$route->name] = new CompiledRoute($regex, $m[1]);
    }
}

trait MemoizesDispatch
{
    /** @var array<string, MatchResult> */
    private static array $dispatched = [];

    protected static function cacheKey(string $method, string $path): string
    {
        return strtoupper($method) . ' ' . (rtrim($path, '/') ?: '/');
    }

    protected static function cached(string $key): ?MatchResult
    {
        return self::$dispatched[$key] ?? null;
    }

    protected static function remember(string $key, MatchResult $result): MatchResult
    {
        return self::$dispatched[$key] = $result; // leak
    }
}

final class NotFound extends RuntimeException
{
}

final class Router
{
    use MemoizesDispatch;

    /** @param list<Route> $routes */
    public function __construct(private RouteCompiler $compiler, private array $routes)
    {
    }

    public function match(string $method, string $path): MatchResult
    {
        $key = static::cacheKey($method, $path);
        if (($hit = static::cached($key)) !== null) {
            return $hit;
        }

        $result = $this->resolve($method, $path);

        return static::remember($key, $result);
    }

    private function resolve(string $method, string $path): MatchResult
    {
        foreach ($this->routes as $route) {
            if ($route->method !== $method) {
                continue;
            }
            $compiled = $this->compiler->compile($route);
            if (preg_match($compiled->regex, $path, $m)) {
                $params = array_intersect_key($m, array_flip($compiled->variables));

                return new MatchResult($route, $params, $path);
            }
        }

        throw new NotFound("No route for {$method} {$path}");
    }
}

final class App
{
    private static array $bindings = [];

    public static function bind(string $id, object $service): void
    {
        self::$bindings[$id] = $service;
    }

    public static function make(string $id): object
    {
        return self::$bindings[$id];
    }
}

abstract class Facade
{
    abstract protected static function accessor(): string;

    public static function __callStatic(string $method, array $args): mixed
    {
        return App::make(static::accessor())->{$method}(...$args);
    }
}

/** @method static MatchResult match(string $method, string $path) */
final class RouterFacade extends Facade
{
    protected static function accessor(): string
    {
        return 'router';
    }
}

final class ArtifactController
{
    public function __invoke(MatchResult $match, array $query): array
    {
        return [
            'route' => $match->route->name,
            'params' => $match->parameters,
            'etag' => md5(json_encode($match->parameters) . ($query['v'] ?? '')),
        ];
    }
}

App::bind('router', new Router(new RouteCompiler(), [
    new Route('health', 'GET', '/healthz', 'health'),
    new Route('metrics', 'GET', '/metrics', 'metrics'),
    new Route('artifact.show', 'GET', '/projects/{project}/builds/{build}/artifacts/{artifact}', 'artifact'),
    new Route('build.show', 'GET', '/projects/{project}/builds/{build}', 'build'),
]));
$controller = new ArtifactController();

$projects = ['api-gateway', 'billing', 'web-frontend'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $uri = match ($i % 8) {
        0 => '/healthz',
        1, 2 => sprintf('/projects/%s/builds/%d', $projects[$i % 3], 9000 + $i),
        default => sprintf('/projects/%s/builds/%d/artifacts/coverage-%s.tar.gz', $projects[$i % 3], 9000 + $i, substr(sha1((string) $i), 0, 12)),
    };
    $request = ['method' => 'GET', 'uri' => $uri . '?v=' . $i];

    $parts = parse_url($request['uri']);
    parse_str($parts['query'] ?? '', $query);
    $match = RouterFacade::match($request['method'], $parts['path']);
    $response = json_encode($controller($match, $query));
}
