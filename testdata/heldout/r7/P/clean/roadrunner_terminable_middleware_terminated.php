<?php
// A RoadRunner-style worker loop feeds PSR-7-like requests to a Laravel-style HTTP kernel whose access-log middleware buffers entries and writes them in terminate(), which the loop calls after each response.

final class Request
{
    public function __construct(public readonly string $method, public readonly string $path, public readonly array $headers) {}
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body) {}
}

final class FakePsr7Worker
{
    private int $served = 0;
    public int $responded = 0;

    public function __construct(private int $limit) {}

    public function waitRequest(): ?Request
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $id = $this->served++;
        return new Request('GET', "/invoices/{$id}", [
            'User-Agent' => 'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0',
            'Accept' => 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
            'X-Request-Id' => uniqid('req_', true),
        ]);
    }

    public function respond(Response $response): void
    {
        $this->responded++;
    }
}

final class AccessLogWriter
{
    public int $lines = 0;

    public function write(array $entries): void
    {
        $this->lines += count($entries);
    }
}

final class AccessLogMiddleware
{
    private array $entries = [];

    public function __construct(private AccessLogWriter $writer) {}

    public function handle(Request $request, Closure $next): Response
    {
        $started = hrtime(true);
        $response = $next($request);
        $this->entries[] = [
            'time' => date(DATE_ATOM),
            'request' => $request->method . ' ' . $request->path,
            'status' => $response->status,
            'duration_ms' => (hrtime(true) - $started) / 1e6,
            'headers' => $request->headers,
        ];
        return $response;
    }

    public function terminate(Request $request, Response $response): void
    {
        $this->writer->write($this->entries);
        $this->entries = [];
    }
}

final class HttpKernel
{
    public function __construct(private array $middleware, private Closure $router) {}

    public function handle(Request $request): Response
    {
        $this->bootstrap();
        $next = $this->router;
        foreach (array_reverse($this->middleware) as $mw) {
            $next = fn (Request $r) => $mw->handle($r, $next);
        }
        return $next($request);
    }

    private function bootstrap(): void
    {
        static $bootstrapped = false;
        if ($bootstrapped) {
            return;
        }
        $bootstrapped = true;
        date_default_timezone_set('UTC');
        set_error_handler(fn (int $severity, string $message) => throw new ErrorException($message, 0, $severity));
    }

    public function terminate(Request $request, Response $response): void
    {
        foreach ($this->middleware as $mw) {
            if (method_exists($mw, 'terminate')) {
                $mw->terminate($request, $response);
            }
        }
    }
}

$kernel = new HttpKernel(
    [new AccessLogMiddleware(new AccessLogWriter())],
    fn (Request $r) => new Response(200, '<h1>Invoice ' . basename($r->path) . '</h1>'),
);

$worker = new FakePsr7Worker((int) (getenv('PHPLEAK_N') ?: 100));
while ($request = $worker->waitRequest()) {
    $response = $kernel->handle($request);
    $worker->respond($response);
    $kernel->terminate($request, $response);
}
