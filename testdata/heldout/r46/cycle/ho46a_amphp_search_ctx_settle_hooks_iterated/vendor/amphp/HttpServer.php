<?php

namespace Amp\Http\Server;

use Revolt\EventLoop;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $query,
    ) {
    }

    public function getQueryParameter(string $name): ?string
    {
        return $this->query[$name] ?? null;
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

/**
 * Stand-in for Amp\Http\Server\SocketHttpServer: the handler is created
 * once, then called for every request the process accepts; work queued on
 * the event loop runs after the response is written.
 */
final class SocketHttpServer
{
    /** @param \Closure(int): ?Request $accept */
    public function __construct(private \Closure $accept)
    {
    }

    public function start(RequestHandler $handler): void
    {
        for ($i = 0; ($request = ($this->accept)($i)) !== null; $i++) {
            $handler->handleRequest($request);
            EventLoop::run();
        }
    }
}
