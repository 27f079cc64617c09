<?php
// A middleware pipeline attaches routing attributes to each request object through a static WeakMap.

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

final class RoutingMiddleware
{
    public function process(Request $request): string
    {
        RequestAttributes::set($request, ['_route' => 'blog_show', '_controller' => 'BlogController::show', 'slug' => basename($request->uri)]);
        return (string) RequestAttributes::get($request, '_controller');
    }
}

$middleware = new RoutingMiddleware();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $middleware->process(new Request('GET', "/blog/post-{$i}", ['accept' => str_repeat('text/html,', 70)]));
}
