<?php

declare(strict_types=1);

namespace Amp\Http\Server;

final class Request
{
    public function __construct(public readonly string $method, public readonly string $path, private readonly string $body)
    {
    }

    public function getBody(): string
    {
        return $this->body;
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

interface RequestHandler
{
    public function handleRequest(Request $request): Response;
}

/**
 * Stand-in for Amp\Http\Server\SocketHttpServer: each accepted request is
 * run as a fiber on the event loop and handed to the request handler.
 */
final class SocketHttpServer
{
    private ?RequestHandler $handler = null;

    public function start(RequestHandler $handler): void
    {
        $this->handler = $handler;
    }

    public function accept(Request $request): Response
    {
        $fiber = new \Fiber(fn (Request $r): Response => $this->handler->handleRequest($r));

        $fiber->start($request);

        return $fiber->getReturn();
    }
}
