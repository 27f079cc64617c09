<?php

declare(strict_types=1);

namespace Amp\Http\Server;

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
        private int $status = 200,
        private array $headers = [],
        private string $body = '',
    ) {
    }

    public function getStatus(): int
    {
        return $this->status;
    }
}

interface RequestHandler
{
    public function handleRequest(Request $request): Response;
}

interface ErrorHandler
{
    public function handleError(int $status, ?string $reason = null, ?Request $request = null): Response;
}

final class DefaultErrorHandler implements ErrorHandler
{
    public function handleError(int $status, ?string $reason = null, ?Request $request = null): Response
    {
        return new Response($status, ['content-type' => 'text/plain'], (string) $reason);
    }
}
