<?php
// The same WeakMap-based request attributes, but the middleware also hands each request to a debug toolbar that lists them.

final class Request
{
    public function __construct(public readonly string $method, public readonly string $uri, public readonly array $headers) {}
}

final class RequestAttributes
{
    private static ?WeakMap $attrs = null;

    public static function set(Request $request, array $attributes): void
    {
        self::$attrs ??= new WeakMap();
        self::$attrs[$request] = $attributes;
    }

    public static function get(Request $request, string $name): mixed
    {
        return self::$attrs[$request][$name] ?? null;
    }
}

final class DebugToolbar
{
    /** @var list<Request> */
    private array $requests = [];

    public function collect(Request $request): void
    {
        $this->requests[] = $request; // leak
    }
}

final class RoutingMiddleware
{
    public function __construct(private DebugToolbar $toolbar) {}

    public function process(Request $request): string
    {
        RequestAttributes::set($request, ['_route' => 'blog_show', '_controller' => 'BlogController::show', 'slug' => basename($request->uri)]);
        $this->toolbar->collect($request);
        return (string) RequestAttributes::get($request, '_controller');
    }
}

$middleware = new RoutingMiddleware(new DebugToolbar());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $middleware->process(new Request('GET', "/blog/post-{$i}", ['accept' => str_repeat('text/html,', 70)]));
}
