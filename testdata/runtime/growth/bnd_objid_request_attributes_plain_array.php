<?php
// The same request attributes store uses a plain static array keyed by spl_object_id and keeps the request in the entry.

final class Request
{
    public function __construct(public readonly string $method, public readonly string $uri, public readonly array $headers) {}
}

final class RequestAttributes
{
    private static array $attrs = [];

    public static function set(Request $request, array $attributes): void
    {
        self::$attrs[spl_object_id($request)] = ['request' => $request, 'attributes' => $attributes]; // leak
    }

    public static function get(Request $request, string $name): mixed
    {
        return self::$attrs[spl_object_id($request)]['attributes'][$name] ?? null;
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
