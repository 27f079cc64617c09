<?php

declare(strict_types=1);

namespace Amp\Http\Server;

/** Stand-ins for amphp/http-server: a request handler driven by the server loop. */
final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $headers,
        public readonly array $attributes,
    ) {
    }

    public function getHeader(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
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

interface RequestHandler
{
    public function handleRequest(Request $request): Response;
}

final class SocketHttpServer
{
    public function start(RequestHandler $handler, int $requests): void
    {
        for ($i = 0; $i < $requests; $i++) {
            $handler->handleRequest(new Request('GET', "/tenants/t{$i}/invoices/" . (900_000 + $i), [
                'accept' => 'text/html',
                'accept-language' => 'de-DE,de;q=0.9,en;q=0.8',
                'cookie' => 'session=' . hash('sha256', "s{$i}") . '; cart=' . str_repeat('c', 180),
                'user-agent' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
            ], ['tenant' => "t{$i}", 'invoice' => 900_000 + $i]));
        }
    }
}
