<?php
// An HTTP kernel stores its own dispatch method as a first-class callable.

final class Request
{
    public function __construct(public string $path, public array $headers, public string $body) {}
}

final class Response
{
    public function __construct(public int $status, public string $body) {}
}

final class HttpKernel
{
    private Closure $handler;
    private array $routes;

    public function __construct(array $routes)
    {
        $this->routes = $routes;
        $this->handler = $this->dispatch(...); // leak
    }

    private function dispatch(Request $request): Response
    {
        $action = $this->routes[$request->path] ?? null;
        return $action === null ? new Response(404, 'Not Found') : new Response(200, $action($request));
    }

    public function handle(Request $request): Response
    {
        return ($this->handler)($request);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // the kernel is rebuilt for every request, as in a naive front controller
    $kernel = new HttpKernel([
        '/health' => static fn (Request $r): string => 'ok',
        '/echo' => static fn (Request $r): string => $r->body,
    ]);
    $kernel->handle(new Request('/echo', ['x-request-id' => (string) $i], str_repeat('{"k":"v"}', 40) . $i));
}
unset($kernel);
