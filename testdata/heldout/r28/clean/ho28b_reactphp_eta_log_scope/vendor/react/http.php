<?php
namespace React\Http\Message {
    final class ServerRequest
    {
        public function __construct(
            private string $method,
            private string $uri,
            private array $headers = [],
            private string $body = '',
        ) {}

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getUri(): string
        {
            return $this->uri;
        }

        public function getHeaderLine(string $name): string
        {
            return $this->headers[strtolower($name)] ?? '';
        }

        public function getBody(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        public function __construct(public int $status, public array $headers, public string $body) {}

        public static function json(mixed $data): self
        {
            return new self(200, ['Content-Type' => 'application/json'], json_encode($data));
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

        public function emit(ServerRequest $request): Message\Response
        {
            return ($this->handler)($request);
        }
    }
}
