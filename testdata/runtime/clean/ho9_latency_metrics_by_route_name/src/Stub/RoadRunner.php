<?php
namespace Nyholm\Psr7;

final class Uri { public function __construct(private string $path) {} public function getPath(): string { return $this->path; } }

final class ServerRequest
{
    private array $attributes = [];
    public function __construct(private string $method, private Uri $uri) {}
    public function getMethod(): string { return $this->method; }
    public function getUri(): Uri { return $this->uri; }
    public function withAttribute(string $name, mixed $value): self { $c = clone $this; $c->attributes[$name] = $value; return $c; }
    public function getAttribute(string $name, mixed $default = null): mixed { return $this->attributes[$name] ?? $default; }
}

final class Response { public function __construct(public int $status = 200, public string $body = '') {} }

namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\ServerRequest;
use Nyholm\Psr7\Uri;

final class PSR7Worker
{
    private int $served = 0;
    public function __construct(private int $limit) {}

    public function waitRequest(): ?ServerRequest
    {
        if ($this->served >= $this->limit) return null;
        $i = $this->served++;
        $path = ['/orders/' . (7000 + $i), '/customers/' . (300 + $i) . '/invoices', '/health'][$i % 3];
        return new ServerRequest($i % 4 ? 'GET' : 'POST', new Uri($path));
    }

    public function respond(object $response): void {}
}
