<?php
// A worker keeps a context per request in a registry keyed by the
// request's object id. The context keeps only the request's path, so
// each request is freed when handled, its id is reused by the next one,
// and the registry keeps a few entries.

final class Request
{
    public function __construct(public readonly string $path, public readonly array $headers)
    {
    }
}

final class TenantContext
{
    public function __construct(public readonly string $tenant, public readonly string $path)
    {
    }
}

final class RequestRegistry
{
    /** @var array<int, object> */
    private static array $byRequest = [];

    public static function bind(Request $request, object $value): void
    {
        self::$byRequest[spl_object_id($request)] = $value;
    }

    public static function get(Request $request): ?object
    {
        return self::$byRequest[spl_object_id($request)] ?? null;
    }
}

function handle(Request $request): string
{
    $tenant = explode('.', $request->headers['host'])[0];
    RequestRegistry::bind($request, new TenantContext($tenant, $request->path));

    return RequestRegistry::get($request)?->tenant ?? 'none';
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle(new Request('/leases/' . $i, ['host' => ['acme', 'globex', 'initech'][$i % 3] . '.portal.test', 'cookie' => str_repeat('s', 200)]));
}
