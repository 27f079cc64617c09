<?php
// Stripped-down RoadRunner PSR-7 worker and request used by the search API.

namespace Nyholm\Psr7;

final class ServerRequest
{
    private array $attributes = [];

    public function __construct(private string $method, private string $uri, private array $query = []) {}

    public function getMethod(): string { return $this->method; }
    public function getUri(): string { return $this->uri; }
    public function getQueryParams(): array { return $this->query; }
    public function withAttribute(string $name, mixed $value): static
    {
        $new = clone $this;
        $new->attributes[$name] = $value;
        return $new;
    }
    public function getAttribute(string $name, mixed $default = null): mixed { return $this->attributes[$name] ?? $default; }
}

final class Response
{
    public function __construct(public int $status = 200, public array $headers = [], public string $body = '') {}
}

namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class PSR7Worker
{
    private int $served = 0;

    public function waitRequest(): ?ServerRequest
    {
        $id = ++$this->served;
        return new ServerRequest('GET', "/search?q=term{$id}", ['q' => "term{$id}", 'page' => (string) ($id % 5 + 1)]);
    }

    public function respond(Response $response): void {}
}
