<?php
namespace Psr\Http\Server;

use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

interface RequestHandlerInterface
{
    public function handle(ServerRequest $request): Response;
}

interface MiddlewareInterface
{
    public function process(ServerRequest $request, RequestHandlerInterface $handler): Response;
}

namespace Nyholm\Psr7;

final class ServerRequest
{
    private array $attributes = [];
    public function __construct(private string $method, private string $path, private array $headers, private string $body = '') {}
    public function getPath(): string { return $this->path; }
    public function getHeaderLine(string $name): string { return $this->headers[strtolower($name)] ?? ''; }
    public function getAttribute(string $name, mixed $default = null): mixed { return $this->attributes[$name] ?? $default; }
    public function withAttribute(string $name, mixed $value): self
    {
        $new = clone $this;
        $new->attributes[$name] = $value; // leak
        return $new;
    }
}

final class Response
{
    public function __construct(public int $status = 200, public string $body = '') {}
}

namespace Spiral\RoadRunner\Http;

use Nyholm\Psr7\ServerRequest;

final class PSR7Worker
{
    private int $i = 0;
    public function __construct(private int $limit) {}

    public function waitRequest(): ?ServerRequest
    {
        if ($this->i >= $this->limit) {
            return null;
        }
        $i = $this->i++;
        return new ServerRequest('GET', '/me', ['x-user-id' => (string) (500 + $i % 50), 'user-agent' => 'Mozilla/5.0'], str_repeat('{"pad":1}', 40));
    }

    public function respond(object $response): void {}
}
