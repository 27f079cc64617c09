<?php
// A worker keeps a context per request in a registry keyed by the
// request's object id. The handler hands the registry a context that
// keeps the request itself, so the request is never freed, its id is
// never reused, and the registry gains an entry per request.

final class Request
{
    public function __construct(public readonly string $path, public readonly array $headers)
    {
    }
}

final class TenantContext
{
    public function __construct(public readonly string $tenant, public readonly Request $request)
    {
    }
}

final class RequestRegistry
{
    /** @var array<int, object> */
    private static array $byRequest = [];

    public static function bind(Request $request, object $value): void
    {
        self::$byRequest[spl_object_id($request)] = $value; // leak
    }

    public static function get(Request $request): ?object
    {
        return self::$byRequest[spl_object_id($request)] ?? null;
    }
}

function handle(Request $request): string
{
    $tenant = explode('.', $request->headers['host'])[0];
    RequestRegistry::bind($request, new TenantContext($tenant, $request));

    return RequestRegistry::get($request)?->tenant ?? 'none';
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle(new Request('/leases/' . $i, ['host' => ['acme', 'globex', 'initech'][$i % 3] . '.portal.test', 'cookie' => str_repeat('s', 200)]));
}
