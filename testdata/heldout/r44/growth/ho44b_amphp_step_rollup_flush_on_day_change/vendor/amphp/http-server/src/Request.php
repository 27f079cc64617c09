<?php

declare(strict_types=1);

namespace Amp\Http\Server;

use Amp\Http\Server\Driver\Client;

/**
 * Local stand-in for amphp/http-server's Request (mutable, attribute bag).
 */
final class Request
{
    private array $attributes = [];
    private RequestBody $body;
    /** @var array<string, list<string>> */
    private array $headers = [];

    public function __construct(
        private Client $client,
        private string $method,
        private string $uri,
        array $headers = [],
        string $body = '',
        private string $protocol = '1.1',
    ) {
        foreach ($headers as $name => $value) {
            $this->headers[strtolower($name)] = (array) $value;
        }
        $this->body = new RequestBody($body);
    }

    public function getClient(): Client
    {
        return $this->client;
    }

    public function getMethod(): string
    {
        return $this->method;
    }

    public function getPath(): string
    {
        return (string) parse_url($this->uri, PHP_URL_PATH);
    }

    public function getUri(): string
    {
        return $this->uri;
    }

    public function getHeader(string $name): ?string
    {
        return $this->headers[strtolower($name)][0] ?? null;
    }

    public function getBody(): RequestBody
    {
        return $this->body;
    }

    public function hasAttribute(string $name): bool
    {
        return array_key_exists($name, $this->attributes);
    }

    public function getAttribute(string $name): mixed
    {
        if (!array_key_exists($name, $this->attributes)) {
            throw new \Error("The requested attribute '{$name}' does not exist");
        }

        return $this->attributes[$name];
    }

    public function setAttribute(string $name, mixed $value): void
    {
        $this->attributes[$name] = $value;
    }
}
