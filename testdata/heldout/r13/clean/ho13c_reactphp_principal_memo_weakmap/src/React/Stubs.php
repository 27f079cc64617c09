<?php

// Stand-ins for react/http and react/event-loop: an immutable request, a
// response, and a server whose "loop" feeds a fixed number of requests.

declare(strict_types=1);

namespace React\Http\Message {
    final class ServerRequest
    {
        private array $attributes = [];

        /** @param array<string, string> $headers */
        public function __construct(
            private readonly string $method,
            private readonly string $path,
            private readonly array $headers,
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

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function getAttribute(string $name, mixed $default = null): mixed
        {
            return $this->attributes[$name] ?? $default;
        }

        public function withAttribute(string $name, mixed $value): self
        {
            $clone = clone $this;
            $clone->attributes[$name] = $value;

            return $clone;
        }
    }

    final class Response
    {
        public function __construct(
            public readonly int $status,
            public readonly array $headers,
            public readonly string $body,
        ) {
        }

        public static function json(array $data, int $status = 200): self
        {
            return new self($status, ['Content-Type' => 'application/json'], (string) json_encode($data));
        }
    }
}

namespace React\Http {
    use React\Http\Message\Response;
    use React\Http\Message\ServerRequest;

    final class HttpServer
    {
        /** @var list<callable> */
        private array $handlers;

        public function __construct(callable ...$handlers)
        {
            $this->handlers = $handlers;
        }

        public function handle(ServerRequest $request): Response
        {
            return $this->call(0, $request);
        }

        private function call(int $position, ServerRequest $request): Response
        {
            $handler = $this->handlers[$position];
            if ($position === count($this->handlers) - 1) {
                return $handler($request);
            }

            return $handler($request, fn (ServerRequest $next): Response => $this->call($position + 1, $next));
        }
    }
}

namespace React\EventLoop {
    use React\Http\HttpServer;
    use React\Http\Message\ServerRequest;

    final class Loop
    {
        public static function runHttp(HttpServer $server, int $requests): void
        {
            for ($i = 1; $i <= $requests; $i++) {
                $claims = base64_encode((string) json_encode([
                    'sub' => 'user-' . $i,
                    'tenant' => 'tenant-' . ($i % 13),
                    'scopes' => ['profile:read', 'orders:read', 'orders:write'],
                    'jti' => bin2hex(random_bytes(16)),
                    'exp' => 1_900_000_000 + $i,
                ]));
                $server->handle(new ServerRequest('GET', '/me', [
                    'authorization' => 'Bearer eyJhbGciOiJIUzI1NiJ9.' . $claims . '.c2lnbmF0dXJl',
                    'accept' => 'application/json',
                    'user-agent' => 'shop-mobile/5.12.' . $i . ' (Android 14; Pixel 8)',
                ]));
            }
        }
    }
}
