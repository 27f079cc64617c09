<?php

declare(strict_types=1);

// ---------------------------------------------------------------------------
// FrankenPHP worker-mode stand-in: frankenphp_handle_request() blocks until a
// request arrives, populates the superglobals, runs the callback and returns
// true while the worker should keep serving.
// ---------------------------------------------------------------------------

final class FrankenStandIn
{
    public static int $served = 0;
    public static int $max = 100;

    /** @var list<array{string, string, string}> */
    private const ROUTES = [
        ['GET', '/products', 'page=2&sort=price'],
        ['GET', '/products/42', ''],
        ['POST', '/cart/items', ''],
        ['GET', '/search', 'q=running+shoes'],
    ];

    public static function nextServer(int $i): array
    {
        [$method, $path, $query] = self::ROUTES[$i % count(self::ROUTES)];
        return [
            'REQUEST_METHOD' => $method,
            'REQUEST_URI' => $path . ($query !== '' ? '?' . $query : ''),
            'QUERY_STRING' => $query,
            'HTTP_USER_AGENT' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
            'REMOTE_ADDR' => '10.0.' . ($i % 200) . '.' . ($i % 250),
            'HTTP_X_REQUEST_ID' => sprintf('req-%08d', $i),
        ];
    }
}

function frankenphp_handle_request(callable $callback): bool
{
    if (FrankenStandIn::$served >= FrankenStandIn::$max) {
        return false;
    }
    $_SERVER = FrankenStandIn::nextServer(FrankenStandIn::$served++);
    ob_start();
    try {
        $callback();
    } finally {
        ob_end_clean();
        $_SERVER = [];
    }
    return true;
}

// ---------------------------------------------------------------------------
// Application
// ---------------------------------------------------------------------------

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $query,
        public readonly array $server,
    ) {
    }

    public static function fromGlobals(): self
    {
        $uri = $_SERVER['REQUEST_URI'] ?? '/';
        parse_str($_SERVER['QUERY_STRING'] ?? '', $query);
        return new self($_SERVER['REQUEST_METHOD'] ?? 'GET', (string) parse_url($uri, PHP_URL_PATH), $query, $_SERVER);
    }

    public function id(): string
    {
        return $this->server['HTTP_X_REQUEST_ID'] ?? '-';
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }

    public function send(): void
    {
        echo $this->body;
    }
}

interface RequestHandler
{
    public function handle(Request $request): Response;
}

interface Middleware
{
    public function process(Request $request, RequestHandler $next): Response;
}

final class Breadcrumb
{
    public readonly float $timestamp;

    public function __construct(
        public readonly string $category,
        public readonly string $message,
        public readonly array $data = [],
    ) {
        $this->timestamp = microtime(true);
    }
}

/**
 * Collects what happened during the current request, so that an error report
 * can show the steps that led to it.
 */
final class DiagnosticTrail
{
    /** @var list<Breadcrumb> */
    private array $crumbs = [];

    public function record(string $category, string $message, array $data = []): void
    {
        $this->crumbs[] = new Breadcrumb($category, $message, $data); // leak
    }

    /** @return list<Breadcrumb> */
    public function drain(): array
    {
        $crumbs = $this->crumbs;
        $this->crumbs = [];
        return $crumbs;
    }

    public function reset(): void
    {
        $this->crumbs = [];
    }
}

final class ErrorReporter
{
    public int $sent = 0;

    /** @param list<Breadcrumb> $trail */
    public function report(\Throwable $e, array $trail): void
    {
        $payload = json_encode([
            'exception' => $e::class,
            'message' => $e->getMessage(),
            'breadcrumbs' => array_map(static fn (Breadcrumb $b): array => (array) $b, $trail),
        ]);
        $this->sent += strlen((string) $payload);
    }
}

final class ReportErrors implements Middleware
{
    public function __construct(private DiagnosticTrail $trail, private ErrorReporter $reporter)
    {
    }

    public function process(Request $request, RequestHandler $next): Response
    {
        try {
            return $next->handle($request);
        } catch (\Throwable $e) {
            $this->reporter->report($e, $this->trail->drain());
            return new Response(500, 'Internal Server Error');
        }
    }
}

final class TraceRequests implements Middleware
{
    public function __construct(private DiagnosticTrail $trail)
    {
    }

    public function process(Request $request, RequestHandler $next): Response
    {
        $this->trail->record('http', $request->method . ' ' . $request->path, [
            'request_id' => $request->id(),
            'query' => $request->query,
            'user_agent' => $request->server['HTTP_USER_AGENT'] ?? null,
            'client_ip' => $request->server['REMOTE_ADDR'] ?? null,
        ]);
        $response = $next->handle($request);
        $this->trail->record('http', 'responded ' . $response->status, ['bytes' => strlen($response->body)]);
        return $response;
    }
}

final class ProductRepository
{
    public function __construct(private DiagnosticTrail $trail)
    {
    }

    public function page(int $page, string $sort): array
    {
        $sql = sprintf('SELECT id, name, price FROM products ORDER BY %s LIMIT 20 OFFSET %d', $sort === 'price' ? 'price' : 'id', ($page - 1) * 20);
        $this->trail->record('db.query', $sql, ['connection' => 'primary']);
        $rows = [];
        for ($id = 1; $id <= 3; $id++) {
            $rows[] = ['id' => $id + $page * 20, 'name' => 'Product ' . $id, 'price' => 1999 + $id];
        }
        return $rows;
    }
}

final class Router implements RequestHandler
{
    public function __construct(private ProductRepository $products)
    {
    }

    public function handle(Request $request): Response
    {
        $rows = $this->products->page(max(1, (int) ($request->query['page'] ?? 1)), (string) ($request->query['sort'] ?? 'id'));
        return new Response(200, (string) json_encode($rows));
    }
}

final class Pipeline implements RequestHandler
{
    /** @param list<Middleware> $middleware */
    public function __construct(private array $middleware, private RequestHandler $last)
    {
    }

    public function handle(Request $request): Response
    {
        $middleware = $this->middleware;
        if ($middleware === []) {
            return $this->last->handle($request);
        }
        $first = array_shift($middleware);
        return $first->process($request, new self($middleware, $this->last));
    }
}

// ---------------------------------------------------------------------------
// worker.php
// ---------------------------------------------------------------------------

FrankenStandIn::$max = (int) (getenv('PHPLEAK_N') ?: 100);

$trail = new DiagnosticTrail();
$kernel = new Pipeline(
    [new ReportErrors($trail, new ErrorReporter()), new TraceRequests($trail)],
    new Router(new ProductRepository($trail)),
);

$handler = static function () use ($kernel): void {
    $kernel->handle(Request::fromGlobals())->send();
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
