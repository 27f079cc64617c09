<?php
// Stand-in for amphp/http-server 3.x: just the types the app touches, and a
// server whose dispatch() is what the event loop does per request.

namespace Amp\Http\Server;

class Request
{
    private array $attributes = [];

    public function __construct(
        private readonly string $method,
        private readonly string $path,
        private readonly array $headers,
        private readonly string $body = '',
    ) {
    }

    public function getMethod(): string { return $this->method; }
    public function getPath(): string { return $this->path; }
    public function getHeader(string $name): ?string { return $this->headers[strtolower($name)] ?? null; }
    public function getHeaders(): array { return $this->headers; }
    public function getBody(): string { return $this->body; }
    public function setAttribute(string $k, mixed $v): void { $this->attributes[$k] = $v; }
    public function getAttribute(string $k): mixed { return $this->attributes[$k] ?? null; }
}

class Response
{
    public function __construct(
        public readonly int $status = 200,
        public readonly array $headers = [],
        public readonly string $body = '',
    ) {
    }
}

interface RequestHandler
{
    public function handleRequest(Request $request): Response;
}

interface Middleware
{
    public function handleRequest(Request $request, RequestHandler $requestHandler): Response;
}

final class MiddlewareRequestHandler implements RequestHandler
{
    public function __construct(private readonly Middleware $middleware, private readonly RequestHandler $next)
    {
    }

    public function handleRequest(Request $request): Response
    {
        return $this->middleware->handleRequest($request, $this->next);
    }
}

function stackMiddleware(RequestHandler $handler, Middleware ...$middleware): RequestHandler
{
    foreach (array_reverse($middleware) as $m) {
        $handler = new MiddlewareRequestHandler($m, $handler);
    }
    return $handler;
}

final class SocketHttpServer
{
    private ?RequestHandler $handler = null;

    public function expose(string $address): void
    {
    }

    public function start(RequestHandler $handler): void
    {
        $this->handler = $handler;
    }

    public function dispatch(Request $request): Response
    {
        return $this->handler->handleRequest($request);
    }
}
