<?php

namespace React\Http\Message;

use Psr\Http\Message\ServerRequestInterface;

final class ServerRequest implements ServerRequestInterface
{
    private array $attributes = [];
    private array $query = [];
    private string $path;

    public function __construct(
        private string $method,
        string $target,
        private array $headers = [],
        private string $body = '',
        private array $serverParams = [],
    ) {
        $this->path = (string) parse_url($target, PHP_URL_PATH);
        parse_str((string) parse_url($target, PHP_URL_QUERY), $this->query);
    }

    public static function fromRaw(string $raw, string $remote): self
    {
        [$head, $body] = explode("\r\n\r\n", $raw, 2) + [1 => ''];
        $lines = explode("\r\n", $head);
        [$method, $target] = explode(' ', array_shift($lines), 3);
        $headers = [];
        foreach ($lines as $line) {
            [$name, $value] = explode(':', $line, 2);
            $headers[strtolower(trim($name))] = trim($value);
        }

        return new self($method, $target, $headers, $body, ['REMOTE_ADDR' => $remote, 'REQUEST_TIME_FLOAT' => microtime(true)]);
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getPath(): string
    {
        return $this->path;
    }

    public function getQueryParams(): array
    {
        return $this->query;
    }

    public function getServerParams(): array
    {
        return $this->serverParams;
    }

    public function getAttribute(string $name, mixed $default = null): mixed
    {
        return $this->attributes[$name] ?? $default;
    }

    public function withAttribute(string $name, mixed $value): static
    {
        $new = clone $this;
        $new->attributes[$name] = $value;

        return $new;
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
