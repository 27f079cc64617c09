<?php
// A long-running HTTP worker merges each request's server parameters into $_SERVER, and a tracing middleware appends the request's span to $_SERVER['TRACE_SPANS'] for legacy code to read.

final class Request
{
    public function __construct(
        public readonly array $server,
        public readonly array $headers,
        public readonly string $body = '',
    ) {}

    public function header(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
    }
}

final class Response
{
    public function __construct(public int $status = 200, public string $body = '') {}
}

interface Middleware
{
    public function process(Request $request, callable $next): Response;
}

final class TraceMiddleware implements Middleware
{
    public function __construct(private string $serviceName) {}

    public function process(Request $request, callable $next): Response
    {
        $started = hrtime(true);
        $response = $next($request);
        $_SERVER['TRACE_SPANS'][] = [ // leak
            'trace_id' => $request->header('x-trace-id') ?? bin2hex(random_bytes(8)),
            'service' => $this->serviceName,
            'route' => $_SERVER['REQUEST_METHOD'] . ' ' . $_SERVER['REQUEST_URI'],
            'status' => $response->status,
            'duration_ns' => hrtime(true) - $started,
            'user_agent' => $request->header('user-agent'),
        ];
        return $response;
    }
}

final class LegacyKernel
{
    /** @param Middleware[] $middleware */
    public function __construct(private array $middleware) {}

    public function handle(Request $request): Response
    {
        $core = static function (Request $request): Response {
            return new Response(200, '<h1>' . htmlspecialchars($_SERVER['REQUEST_URI']) . '</h1>');
        };
        $pipeline = array_reduce(
            array_reverse($this->middleware),
            static fn (callable $next, Middleware $m) => static fn (Request $r) => $m->process($r, $next),
            $core,
        );
        return $pipeline($request);
    }
}

final class HttpWorker
{
    private int $count = 0;

    public function __construct(private int $max) {}

    public function waitRequest(): ?Request
    {
        if ($this->count >= $this->max) {
            return null;
        }
        $i = ++$this->count;
        return new Request(
            ['REQUEST_METHOD' => 'GET', 'REQUEST_URI' => "/catalog/item/{$i}", 'REMOTE_ADDR' => '10.0.0.' . ($i % 250)],
            [
                'x-trace-id' => sprintf('%032x', $i),
                'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 Build/' . str_repeat('x', 120),
            ],
        );
    }

    public function respond(Response $response): void {}
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new HttpWorker($n);
$kernel = new LegacyKernel([new TraceMiddleware('catalog')]);

while ($request = $worker->waitRequest()) {
    // Expose the request's server params to legacy code that reads $_SERVER directly.
    $_SERVER = array_merge($_SERVER, $request->server);
    $worker->respond($kernel->handle($request));
}
