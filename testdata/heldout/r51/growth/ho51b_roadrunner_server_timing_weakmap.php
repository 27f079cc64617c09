<?php
declare(strict_types=1);

// Stand-ins for psr/http-message, psr/http-server-* and spiral/roadrunner-http.
namespace Psr\Http\Message {
    interface ServerRequestInterface
    {
        public function getMethod(): string;
        public function getUri(): string;
        public function getHeaderLine(string $name): string;
        public function getQueryParams(): array;
        public function getAttribute(string $name, mixed $default = null): mixed;
        public function withAttribute(string $name, mixed $value): static;
    }

    interface ResponseInterface
    {
        public function getStatusCode(): int;
        public function withHeader(string $name, string $value): static;
    }
}

namespace Psr\Http\Server {
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    interface RequestHandlerInterface
    {
        public function handle(ServerRequestInterface $request): ResponseInterface;
    }

    interface MiddlewareInterface
    {
        public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface;
    }
}

namespace Nyholm\Psr7 {
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;

    final class ServerRequest implements ServerRequestInterface
    {
        private array $attributes = [];

        public function __construct(
            private string $method,
            private string $uri,
            private array $headers = [],
            private array $serverParams = [],
        ) {
        }

        public function getMethod(): string { return $this->method; }
        public function getUri(): string { return $this->uri; }
        public function getHeaderLine(string $name): string { return implode(', ', $this->headers[strtolower($name)] ?? []); }
        public function getQueryParams(): array { parse_str((string) parse_url($this->uri, PHP_URL_QUERY), $q); return $q; }
        public function getAttribute(string $name, mixed $default = null): mixed { return $this->attributes[$name] ?? $default; }

        public function withAttribute(string $name, mixed $value): static
        {
            $new = clone $this;
            $new->attributes[$name] = $value;
            return $new;
        }
    }

    final class Response implements ResponseInterface
    {
        public function __construct(private int $status = 200, private array $headers = [], private string $body = '')
        {
        }

        public function getStatusCode(): int { return $this->status; }

        public function withHeader(string $name, string $value): static
        {
            $new = clone $this;
            $new->headers[strtolower($name)] = [$value];
            return $new;
        }
    }
}

namespace Spiral\RoadRunner {
    final class Worker
    {
        public int $frames = 0;

        public static function create(): self
        {
            return new self();
        }

        public function error(string $message): void
        {
        }
    }
}

namespace Spiral\RoadRunner\Http {
    use Nyholm\Psr7\ServerRequest;
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;
    use Spiral\RoadRunner\Worker;

    final class PSR7Worker
    {
        private int $received = 0;

        public function __construct(private Worker $worker, private object $requestFactory, private object $streamFactory, private object $uploadsFactory)
        {
        }

        public function getWorker(): Worker
        {
            return $this->worker;
        }

        public function waitRequest(): ?ServerRequestInterface
        {
            $limit = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($this->received >= $limit) {
                return null;
            }
            $i = $this->received++;
            $paths = ['/catalog/products', '/catalog/products/' . (300 + $i % 90), '/cart', '/catalog/search?q=lamp'];
            return new ServerRequest('GET', $paths[$i % 4], [
                'host' => ['shop.example'],
                'accept' => ['application/json'],
                'cookie' => ['cart=' . sprintf('%020d', $i % 300)],
                'traceparent' => [sprintf('00-%032x-%016x-01', $i * 2654435761, $i * 40503)],
            ], ['REMOTE_ADDR' => '203.0.113.' . ($i % 250)]);
        }

        public function respond(ResponseInterface $response): void
        {
            $this->worker->frames++;
        }
    }
}

namespace App\Timing {
    final class Sample
    {
        public function __construct(
            public readonly string $metric,
            public readonly float $durationMs,
            public readonly string $description = '',
        ) {
        }
    }

    /**
     * Server-Timing collector. Samples are grouped under a scope object in a
     * WeakMap, so they go away together with their scope.
     */
    final class ServerTiming
    {
        /** @var \WeakMap<object, list<Sample>> */
        private \WeakMap $samples;

        public function __construct()
        {
            $this->samples = new \WeakMap();
        }

        public function add(object $scope, Sample $sample): void
        {
            $this->samples[$scope] ??= [];
            $this->samples[$scope][] = $sample; // leak
        }

        public function measure(object $scope, string $metric, callable $work, string $description = ''): mixed
        {
            $t = hrtime(true);
            try {
                return $work();
            } finally {
                $this->add($scope, new Sample($metric, (hrtime(true) - $t) / 1e6, $description));
            }
        }

        public function header(object $scope): string
        {
            $totals = [];
            foreach ($this->samples[$scope] ?? [] as $sample) {
                $totals[$sample->metric] = ($totals[$sample->metric] ?? 0.0) + $sample->durationMs;
            }
            $parts = [];
            foreach ($totals as $metric => $ms) {
                $parts[] = sprintf('%s;dur=%.2f', $metric, $ms);
            }
            return implode(', ', $parts);
        }
    }

    /** Which object a request's samples are filed under. */
    function timing_scope(\Psr\Http\Message\ServerRequestInterface $request): object
    {
        return $request->getAttribute(\App\Routing\Route::class) ?? $request;
    }
}

namespace App\Routing {
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;
    use Psr\Http\Server\MiddlewareInterface;
    use Psr\Http\Server\RequestHandlerInterface;

    final class Route
    {
        public function __construct(public readonly string $name, public readonly string $pattern, public readonly \Closure $action)
        {
        }
    }

    final class Router
    {
        /** @var Route[] */
        private array $routes = [];

        public function get(string $name, string $pattern, \Closure $action): void
        {
            $this->routes[] = new Route($name, $pattern, $action);
        }

        public function match(string $path): ?Route
        {
            foreach ($this->routes as $route) {
                if (preg_match($route->pattern, $path)) {
                    return $route;
                }
            }
            return null;
        }
    }

    final class RoutingMiddleware implements MiddlewareInterface
    {
        public function __construct(private Router $router)
        {
        }

        public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
        {
            $route = $this->router->match((string) parse_url($request->getUri(), PHP_URL_PATH));
            return $handler->handle($route ? $request->withAttribute(Route::class, $route) : $request);
        }
    }
}

namespace App\Http {
    use App\Routing\Route;
    use App\Timing\ServerTiming;
    use Nyholm\Psr7\Response;
    use Psr\Http\Message\ResponseInterface;
    use Psr\Http\Message\ServerRequestInterface;
    use Psr\Http\Server\MiddlewareInterface;
    use Psr\Http\Server\RequestHandlerInterface;
    use function App\Timing\timing_scope;

    final class ServerTimingMiddleware implements MiddlewareInterface
    {
        public function __construct(private ServerTiming $timing)
        {
        }

        public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
        {
            $scope = timing_scope($request);
            $response = $this->timing->measure($scope, 'app', fn () => $handler->handle($request));
            return $response->withHeader('Server-Timing', $this->timing->header($scope));
        }
    }

    final class Dispatcher implements RequestHandlerInterface
    {
        public function handle(ServerRequestInterface $request): ResponseInterface
        {
            $route = $request->getAttribute(Route::class);
            return $route ? ($route->action)($request) : new Response(404);
        }
    }

    final class Stack implements RequestHandlerInterface
    {
        /** @param MiddlewareInterface[] $middleware */
        public function __construct(private array $middleware, private RequestHandlerInterface $last)
        {
        }

        public function handle(ServerRequestInterface $request): ResponseInterface
        {
            if ($this->middleware === []) {
                return $this->last->handle($request);
            }
            $rest = clone $this;
            $head = array_shift($rest->middleware);
            return $head->process($request, $rest);
        }
    }
}

namespace App\Catalog {
    use App\Timing\ServerTiming;
    use Psr\Http\Message\ServerRequestInterface;
    use function App\Timing\timing_scope;

    final class Db
    {
        public function __construct(private ServerTiming $timing)
        {
        }

        public function select(ServerRequestInterface $request, string $sql, array $params = []): array
        {
            // sqlcommenter-style tag so slow-query logs can be joined with traces
            $tagged = sprintf("/*traceparent='%s'*/ %s", $request->getHeaderLine('traceparent'), $sql);
            return $this->timing->measure(timing_scope($request), 'db', static function () use ($tagged, $params) {
                return [['id' => $params[0] ?? 1, 'name' => 'Desk lamp', 'price' => 3900]];
            }, $tagged);
        }
    }

    final class ProductController
    {
        public function __construct(private Db $db)
        {
        }

        public function list(ServerRequestInterface $request): array
        {
            $rows = $this->db->select($request, 'SELECT p.id, p.name, p.price, p.stock FROM products p WHERE p.visible = 1 ORDER BY p.updated_at DESC LIMIT 24');
            $this->db->select($request, 'SELECT c.id, c.slug, c.title FROM categories c JOIN product_categories pc ON pc.category_id = c.id');
            return $rows;
        }

        public function show(ServerRequestInterface $request, int $id): array
        {
            $row = $this->db->select($request, 'SELECT p.*, b.name AS brand FROM products p LEFT JOIN brands b ON b.id = p.brand_id WHERE p.id = ?', [$id]);
            $this->db->select($request, 'SELECT r.rating, r.title, r.body FROM reviews r WHERE r.product_id = ? ORDER BY r.created_at DESC LIMIT 5', [$id]);
            return $row;
        }
    }
}

namespace {
    use App\Catalog\Db;
    use App\Catalog\ProductController;
    use App\Http\Dispatcher;
    use App\Http\ServerTimingMiddleware;
    use App\Http\Stack;
    use App\Routing\Router;
    use App\Routing\RoutingMiddleware;
    use App\Timing\ServerTiming;
    use Nyholm\Psr7\Response;
    use Psr\Http\Message\ServerRequestInterface;
    use Spiral\RoadRunner\Http\PSR7Worker;
    use Spiral\RoadRunner\Worker;

    $timing = new ServerTiming();
    $products = new ProductController(new Db($timing));

    $router = new Router();
    $router->get('products.index', '#^/catalog/products$#', static fn (ServerRequestInterface $r) => new Response(200, [], json_encode($products->list($r))));
    $router->get('products.show', '#^/catalog/products/\d+$#', static fn (ServerRequestInterface $r) => new Response(200, [], json_encode($products->show($r, (int) basename($r->getUri())))));
    $router->get('search', '#^/catalog/search$#', static fn (ServerRequestInterface $r) => new Response(200, [], json_encode($products->list($r))));
    $router->get('cart', '#^/cart$#', static fn (ServerRequestInterface $r) => new Response(200, [], '{"items":[]}'));

    $app = new Stack([new RoutingMiddleware($router), new ServerTimingMiddleware($timing)], new Dispatcher());

    $factory = new stdClass();
    $psr7 = new PSR7Worker(Worker::create(), $factory, $factory, $factory);

    while ($request = $psr7->waitRequest()) {
        try {
            $psr7->respond($app->handle($request));
        } catch (\Throwable $e) {
            $psr7->getWorker()->error((string) $e);
        }
    }
}
