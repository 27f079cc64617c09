<?php

declare(strict_types=1);

namespace Illuminate\Http;

use Closure;

class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers = [],
    ) {
    }

    public function path(): string
    {
        return trim(parse_url($this->uri, PHP_URL_PATH) ?? '/', '/');
    }
}

class Response
{
    private array $headers = [];
    private string $content = '';
    /** @var list<Closure> */
    private array $beforeSend = [];
    private bool $sent = false;

    public function __construct(private int $status = 200)
    {
    }

    public function header(string $name, string $value): static
    {
        $this->headers[strtolower($name)] = $value;

        return $this;
    }

    public function setContent(string $content): static
    {
        $this->content = $content;

        return $this;
    }

    public function getContent(): string
    {
        return $this->content;
    }

    public function beforeSending(Closure $callback): static
    {
        $this->beforeSend[] = $callback; // leak

        return $this;
    }

    public function prepare(Request $request): static
    {
        foreach ($this->beforeSend as $callback) {
            $callback($this, $request);
        }
        $this->headers['content-length'] = (string) strlen($this->content);

        return $this;
    }

    public function markSent(): void
    {
        $this->sent = true;
    }
}

namespace Illuminate\View;

final class Factory
{
    /** @var array<string, Closure> */
    private array $templates = [];

    public function addTemplate(string $name, \Closure $template): void
    {
        $this->templates[$name] = $template;
    }

    public function render(string $name, array $data): string
    {
        return ($this->templates[$name])($data);
    }
}

namespace Laravel\Octane;

use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class RequestContext
{
    public function __construct(public readonly Request $request)
    {
    }
}

/** Octane worker stand-in: routes each request to its handler and "sends" the prepared response. */
final class Worker
{
    private int $requestCount = 0;

    /** @param array<string, callable> $routes */
    public function __construct(private array $routes)
    {
    }

    public function handle(Request $request): void
    {
        $context = new RequestContext($request);
        [$prefix, $slug] = explode('/', $context->request->path(), 2) + [1 => ''];
        $response = ($this->routes[$prefix])($request, $slug);
        $response->prepare($request)->markSent();
        $this->requestCount++;
    }
}
