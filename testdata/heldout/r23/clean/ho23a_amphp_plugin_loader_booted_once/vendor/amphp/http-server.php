<?php

// Stand-in for amphp/http-server: SocketHttpServer::start() replays
// PHPLEAK_N REST requests through the handler instead of accepting sockets.

namespace Amp\Http\Server;

final class Request
{
    public function __construct(
        private readonly string $method,
        private readonly string $path,
        private readonly array $headers,
        private readonly string $body,
    ) {
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getPath(): string
    {
        return $this->path;
    }

    public function getHeader(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
    }

    public function getBody(): string
    {
        return $this->body;
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

final class SocketHttpServer
{
    private array $addresses = [];

    public function expose(string $address): void
    {
        $this->addresses[] = $address;
    }

    public function start(RequestHandler $handler): void
    {
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $n; $i++) {
            $postId = 60000 + $i;
            $body = json_encode([
                'title' => "Weekend roundup {$postId}",
                'content' => str_repeat("Paragraph about item {$postId}. ", 12),
                'status' => 'publish',
            ]);
            $handler->handleRequest(new Request('POST', "/wp-json/wp/v2/posts/{$postId}", ['x-site-id' => (string) (1 + $i % 3)], $body));
        }
    }

    public function stop(): void
    {
    }
}
