<?php
// A router built at boot compiles route patterns lazily on first match and a config repository memoizes resolved keys, serving requests in a worker loop.

final class Route
{
    public function __construct(
        public readonly string $name,
        public readonly string $path,
        public readonly array $methods,
        public readonly string $controller,
    ) {}
}

final class CompiledRoute
{
    public function __construct(public readonly string $regex, public readonly array $variables) {}
}

final class Router
{
    /** @var array<string, Route> */
    private array $routes = [];
    /** @var array<string, CompiledRoute> */
    private array $compiled = [];

    public function add(Route $route): void
    {
        $this->routes[$route->name] = $route;
    }

    public function match(string $method, string $path): ?array
    {
        foreach ($this->routes as $route) {
            if (!in_array($method, $route->methods, true)) {
                continue;
            }
            $compiled = $this->compile($route);
            if (preg_match($compiled->regex, $path, $m)) {
                return ['_route' => $route->name, '_controller' => $route->controller] + array_intersect_key($m, array_flip($compiled->variables));
            }
        }
        return null;
    }

    private function compile(Route $route): CompiledRoute
    {
        $key = $this->cacheKey($route);
        if (!isset($this->compiled[$key])) {
            preg_match_all('#\{(\w+)\}#', $route->path, $vars);
            $regex = '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $route->path) . '$#';
            $this->compiled[$key] = new CompiledRoute($regex, $vars[1]);
        }
        return $this->compiled[$key];
    }

    private function cacheKey(Route $route): string
    {
        return 'route_' . str_replace('.', '_', $route->name);
    }
}

final class ConfigRepository
{
    private array $resolved = [];

    public function __construct(private array $items) {}

    public function get(string $key, mixed $default = null): mixed
    {
        if (array_key_exists($key, $this->resolved)) {
            return $this->resolved[$key];
        }
        $value = $this->items;
        foreach (explode('.', $key) as $segment) {
            if (!is_array($value) || !array_key_exists($segment, $value)) {
                return $default;
            }
            $value = $value[$segment];
        }
        return $this->resolved[$key] = $value;
    }
}

final class Worker
{
    private int $i = 0;
    private const PATHS = ['/blog/%d/comments', '/users/%d', '/blog/%d', '/users/%d/avatar'];

    public function __construct(private int $n) {}

    public function waitRequest(): ?array
    {
        if ($this->i >= $this->n) {
            return null;
        }
        $i = $this->i++;
        return ['GET', sprintf(self::PATHS[$i % 4], 1000 + $i), str_repeat('h', 250)];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$config = new ConfigRepository(['app' => ['timezone' => 'UTC', 'locale' => 'en'], 'cache' => ['ttl' => 300]]);
$router = new Router();
$router->add(new Route('blog.show', '/blog/{id}', ['GET'], 'BlogController::show'));
$router->add(new Route('blog.comments', '/blog/{id}/comments', ['GET'], 'CommentController::index'));
$router->add(new Route('user.show', '/users/{id}', ['GET'], 'UserController::show'));
$router->add(new Route('user.avatar', '/users/{id}/avatar', ['GET'], 'AvatarController::show'));
$worker = new Worker($n);

while ($request = $worker->waitRequest()) {
    [$method, $path] = $request;
    $params = $router->match($method, $path);
    $tz = $config->get('app.timezone');
    $ttl = $config->get('cache.ttl');
    $response = json_encode(['params' => $params, 'tz' => $tz, 'ttl' => $ttl, 'locale' => $config->get('app.locale')]);
}
