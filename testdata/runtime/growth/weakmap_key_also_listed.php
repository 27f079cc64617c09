<?php
// Request metadata is kept in a WeakMap, but the requests are also kept in a static recent list.

final class ServerRequest
{
    public function __construct(public readonly string $method, public readonly string $uri) {}
}

final class RequestContext
{
    private static ?WeakMap $meta = null;
    private static array $recent = [];

    public static function attach(ServerRequest $request, array $meta): void
    {
        self::$meta ??= new WeakMap();
        self::$meta[$request] = $meta;
        self::$recent[] = $request; // leak
    }

    public static function meta(ServerRequest $request): array
    {
        return self::$meta[$request] ?? [];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new ServerRequest('GET', "/api/items/{$i}");
    RequestContext::attach($request, ['started' => microtime(true), 'ip' => '10.1.2.3', 'ua' => str_repeat('curl/8.0 ', 20)]);
    RequestContext::meta($request);
}
unset($request);
