<?php

declare(strict_types=1);

// Minimal stand-in for react/http: the server calls its request handler for
// every incoming request on the event loop.

namespace React\Http\Message {
    final class ServerRequest
    {
        public function __construct(
            private string $method,
            private string $uri,
            private array $attributes = [],
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

        public function getAttribute(string $name, mixed $default = null): mixed
        {
            return $this->attributes[$name] ?? $default;
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
}

namespace React\Http {
    use React\Http\Message\ServerRequest;

    final class HttpServer
    {
        /** @var callable */
        private $handler;

        public function __construct(callable $handler)
        {
            $this->handler = $handler;
        }

        /** @param iterable<ServerRequest> $requests stands in for the socket on the loop */
        public function serve(iterable $requests): void
        {
            foreach ($requests as $request) {
                $response = ($this->handler)($request);
                unset($response);
            }
        }
    }
}
