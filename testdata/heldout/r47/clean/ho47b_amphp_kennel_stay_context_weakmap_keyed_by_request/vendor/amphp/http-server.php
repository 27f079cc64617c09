<?php

namespace Amp\Http\Server;

interface RequestHandler
{
    public function handleRequest(Request $request): Response;
}

interface Middleware
{
    public function handleRequest(Request $request, RequestHandler $requestHandler): Response;
}

final class Request
{
    private array $attributes = [];

    public function __construct(
        private string $method,
        private string $uri,
        private array $headers,
        private string $body,
    ) {
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getUri(): string
    {
        return $this->uri;
    }

    public function getHeader(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
    }

    public function getBody(): string
    {
        return $this->body;
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
    public function __construct(
        public readonly int $status = 200,
        public readonly array $headers = [],
        public readonly string $body = '',
    ) {
    }
}

namespace Amp\Http\Server\Middleware;

use Amp\Http\Server\Middleware;
use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;

function stackMiddleware(RequestHandler $handler, Middleware ...$middleware): RequestHandler
{
    foreach (array_reverse($middleware) as $mw) {
        $handler = new class ($mw, $handler) implements RequestHandler {
            public function __construct(private Middleware $middleware, private RequestHandler $next)
            {
            }

            public function handleRequest(Request $request): Response
            {
                return $this->middleware->handleRequest($request, $this->next);
            }
        };
    }
    return $handler;
}

namespace Amp\Http\Server;

/**
 * Stand-in for SocketHttpServer: replays the worker's traffic, one fiber per
 * request as AMPHP does, and drops the request once the response is written.
 */
final class SocketHttpServer
{
    /** @param \Closure(int): Request $traffic */
    public function __construct(private \Closure $traffic)
    {
    }

    public function start(RequestHandler $handler, int $requests): void
    {
        for ($i = 1; $i <= $requests; $i++) {
            $request = ($this->traffic)($i);
            $fiber = new \Fiber(static fn (Request $r): Response => $handler->handleRequest($r));
            $fiber->start($request);
            $response = $fiber->getReturn();
            unset($fiber, $request, $response);
        }
    }
}
