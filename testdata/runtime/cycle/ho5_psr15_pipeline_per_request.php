<?php
// A PSR-15-style HTTP worker builds a middleware Pipeline for every request; the pipeline consumes its middleware queue and renders errors with a renderer chosen at construction.

interface RequestHandlerInterface { public function handle(Request $request): Response; }
interface MiddlewareInterface { public function process(Request $request, RequestHandlerInterface $handler): Response; }

final class Request
{
    public array $attributes = [];
    public function __construct(public string $method, public string $path, public array $headers) {}
    public function withAttribute(string $k, mixed $v): self { $c = clone $this; $c->attributes[$k] = $v; return $c; }
}

final class Response
{
    public function __construct(public int $status, public array $headers = [], public string $body = '') {}
}

final class Pipeline implements RequestHandlerInterface
{
    private Closure $renderError;
    private ?Request $current = null;

    /** @param MiddlewareInterface[] $queue */
    public function __construct(private array $queue, private RequestHandlerInterface $fallback, bool $debug)
    {
        $this->renderError = $debug ? $this->renderDebugPage(...) : $this->renderProblemJson(...); // leak
    }

    public function handle(Request $request): Response
    {
        $this->current = $request;
        $middleware = array_shift($this->queue);
        try {
            return $middleware === null ? $this->fallback->handle($request) : $middleware->process($request, $this);
        } catch (Throwable $e) {
            return ($this->renderError)($e);
        }
    }

    private function renderDebugPage(Throwable $e): Response
    {
        return new Response(500, ['content-type' => 'text/html'], '<pre>' . $e . "\n" . print_r($this->current?->headers, true) . '</pre>');
    }

    private function renderProblemJson(Throwable $e): Response
    {
        return new Response(500, ['content-type' => 'application/problem+json'], json_encode(['title' => 'Server error', 'instance' => $this->current?->path]));
    }
}

final class SessionMiddleware implements MiddlewareInterface
{
    public function process(Request $request, RequestHandlerInterface $handler): Response
    {
        $sid = $request->headers['cookie'] ?? '';
        return $handler->handle($request->withAttribute('session', ['id' => substr($sid, 8), 'started' => time()]));
    }
}

final class CorsMiddleware implements MiddlewareInterface
{
    public function process(Request $request, RequestHandlerInterface $handler): Response
    {
        $response = $handler->handle($request);
        $response->headers['access-control-allow-origin'] = $request->headers['origin'] ?? '*';
        return $response;
    }
}

final class DashboardHandler implements RequestHandlerInterface
{
    public function handle(Request $request): Response
    {
        return new Response(200, ['content-type' => 'text/html'], '<h1>Dashboard for ' . $request->attributes['session']['id'] . '</h1>');
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$middleware = [new SessionMiddleware(), new CorsMiddleware()];
$dashboard = new DashboardHandler();
for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', '/dashboard', [
        'cookie' => 'session=' . hash('sha256', "s{$i}"),
        'origin' => 'https://app.example.com',
        'accept' => 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
        'user-agent' => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0 ' . $i,
    ]);
    $pipeline = new Pipeline($middleware, $dashboard, false);
    $pipeline->handle($request);
}
