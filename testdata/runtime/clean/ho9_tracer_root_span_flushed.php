<?php
// A long-running HTTP worker whose tracer opens one span per request under the worker root span and clears the exported children after each request.

final class Span
{
    /** @var list<Span> */
    private array $children = [];
    private array $attributes = [];
    private ?float $end = null;

    public function __construct(public readonly string $name, private ?Span $parent = null)
    {
        $parent?->addChild($this);
    }

    public function addChild(Span $child): void
    {
        $this->children[] = $child;
    }

    public function clearChildren(): void
    {
        $this->children = [];
    }

    public function setAttribute(string $key, string $value): void
    {
        $this->attributes[$key] = $value;
    }

    public function end(): void
    {
        $this->end = microtime(true);
    }
}

final class Tracer
{
    private Span $root;

    public function __construct(string $service)
    {
        $this->root = new Span("worker {$service}");
    }

    public function startSpan(string $name): Span
    {
        return new Span($name, $this->root);
    }

    public function flush(): void
    {
        $this->root->clearChildren();
    }
}

final class ApiHandler
{
    public function __construct(private Tracer $tracer) {}

    public function handle(string $method, string $uri, string $userAgent): int
    {
        $span = $this->tracer->startSpan("{$method} {$uri}");
        $span->setAttribute('http.user_agent', $userAgent);
        $span->setAttribute('http.route', '/api/articles/{id}');
        $span->end();
        return 200;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$tracer = new Tracer('api');
$handler = new ApiHandler($tracer);

for ($i = 0; $i < $n; $i++) {
    $handler->handle('GET', "/api/articles/{$i}", "Mozilla/5.0 (client {$i}) " . str_repeat('AppleWebKit/537.36 ', 20));
    $tracer->flush();
}
