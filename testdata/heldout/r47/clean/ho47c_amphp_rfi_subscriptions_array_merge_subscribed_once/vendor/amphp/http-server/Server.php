<?php

namespace Amp\Http\Server {

    final class Request
    {
        private array $attributes = [];

        public function __construct(
            private string $method,
            private string $path,
            private array $headers,
            private string $body,
        ) {
        }

        public function getMethod(): string
        {
            return $this->method;
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
        public function __construct(public readonly int $status = 200, public readonly array $headers = [], public readonly string $body = '')
        {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    interface Middleware
    {
        public function handleRequest(Request $request, RequestHandler $next): Response;
    }

    /** Stand-in for the stack built by Middleware\stackMiddleware(). */
    final class MiddlewareStack implements RequestHandler
    {
        public function __construct(private Middleware $middleware, private RequestHandler $next)
        {
        }

        public function handleRequest(Request $request): Response
        {
            return $this->middleware->handleRequest($request, $this->next);
        }
    }

    /**
     * Stand-in for SocketHttpServer: one process, one handler instance, every
     * client request goes through it (fibers elided).
     */
    final class SocketHttpServer
    {
        private ?RequestHandler $handler = null;
        private int $responses = 0;

        public function start(RequestHandler $handler): void
        {
            $this->handler = $handler;
        }

        public function serve(Request $request): Response
        {
            $response = $this->handler->handleRequest($request);
            $this->responses++;
            return $response;
        }
    }
}
