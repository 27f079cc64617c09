<?php

declare(strict_types=1);

namespace Acme\Http;

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers = [],
        public readonly string $body = '',
    ) {
    }

    public function withHeader(string $name, string $value): self
    {
        return new self($this->method, $this->uri, [$name => $value] + $this->headers, $this->body);
    }
}

final class Response
{
    public function __construct(
        public readonly int $status,
        public readonly array $headers = [],
        public readonly string $body = '',
    ) {
    }

    public function withHeader(string $name, string $value): self
    {
        return new self($this->status, [$name => $value] + $this->headers, $this->body);
    }
}

interface Transport
{
    public function send(Request $request, array $options): Response;
}

final class HandlerStack
{
    /** @var list<array{callable, string}> */
    private array $stack = [];
    private ?\Closure $resolved = null;

    public function __construct(private readonly Transport $transport)
    {
    }

    public function push(callable $middleware, string $name): void
    {
        $this->stack[] = [$middleware, $name];
        $this->resolved = null;
    }

    public function __invoke(Request $request, array $options): Response
    {
        if ($this->resolved === null) {
            $handler = fn (Request $r, array $o): Response => $this->transport->send($r, $o);
            foreach (array_reverse($this->stack) as [$middleware]) {
                $handler = \Closure::fromCallable($middleware($handler));
            }
            $this->resolved = $handler;
        }

        return ($this->resolved)($request, $options);
    }
}

final class Client
{
    public function __construct(private readonly HandlerStack $stack, private readonly array $config = [])
    {
    }

    public function request(string $method, string $uri, array $options = []): Response
    {
        $uri = rtrim($this->config['base_uri'] ?? '', '/') . '/' . ltrim($uri, '/');
        $body = isset($options['json']) ? json_encode($options['json'], JSON_THROW_ON_ERROR) : '';
        $request = new Request($method, $uri, ($options['headers'] ?? []) + ($this->config['headers'] ?? []), $body);

        return ($this->stack)($request, $options + ($this->config['defaults'] ?? []));
    }
}
