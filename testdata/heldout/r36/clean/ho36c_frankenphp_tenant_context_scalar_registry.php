<?php

declare(strict_types=1);

if (!function_exists('frankenphp_handle_request')) {
    /** Local stand-in for the FrankenPHP worker API: fills the superglobals for the next request and runs the handler. */
    function frankenphp_handle_request(callable $handler): bool
    {
        static $seq = 0;
        $i = $seq++;
        $tenants = ['acme-residential', 'harborview-pm', 'oak-street-rentals'];
        $paths = ['/portal/balance', '/portal/documents', '/portal/balance', '/portal/autopay'];
        $_SERVER = [
            'REQUEST_METHOD' => 'GET',
            'REQUEST_URI' => $paths[$i % 4] . '?lease=' . (70000 + $i % 300),
            'HTTP_HOST' => $tenants[$i % 3] . '.portal.example.com',
            'HTTP_ACCEPT_LANGUAGE' => ['en-US,en;q=0.9', 'es-US,es;q=0.8', 'en-GB'][$i % 3],
            'HTTP_USER_AGENT' => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
            'HTTP_X_REQUEST_ID' => sprintf('req-%s', substr(sha1((string) $i), 0, 20)),
            'REMOTE_ADDR' => '172.16.' . ($i % 200) . '.' . ($i % 250),
        ];
        $_GET = ['lease' => (string) (70000 + $i % 300)];
        $_COOKIE = ['portal_session' => substr(hash('sha256', "session-$i"), 0, 40), 'resident_id' => (string) (5000 + $i % 900)];
        $handler();
        return true;
    }
}

final class PortalRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $query,
        public readonly array $headers,
        public readonly array $cookies,
        public readonly string $clientIp,
    ) {
    }

    public static function fromGlobals(): self
    {
        $headers = [];
        foreach ($_SERVER as $key => $value) {
            if (str_starts_with($key, 'HTTP_')) {
                $headers[strtolower(str_replace('_', '-', substr($key, 5)))] = $value;
            }
        }
        return new self(
            $_SERVER['REQUEST_METHOD'],
            parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH),
            $_GET,
            $headers,
            $_COOKIE,
            $_SERVER['REMOTE_ADDR'],
        );
    }

    public function header(string $name): ?string
    {
        return $this->headers[strtolower($name)] ?? null;
    }
}

trait RemembersPerRequest
{
    /** @var array<int, self> */
    private static array $perRequest = [];

    public static function bind(object $request, self $value): void
    {
        self::$perRequest[spl_object_id($request)] = $value;
    }

    public static function of(object $request): self
    {
        return self::$perRequest[spl_object_id($request)] ?? throw new \LogicException(self::class . ' not bound for this request');
    }
}

final class TenantContext
{
    use RemembersPerRequest;

    public function __construct(
        public readonly string $tenantSlug,
        public readonly int $residentId,
        public readonly string $locale,
        private readonly string $requestId,
    ) {
    }

    public function requestId(): string
    {
        return $this->requestId;
    }
}

final class ResolveTenantContext
{
    public function __construct(private array $knownTenants)
    {
    }

    public function __invoke(PortalRequest $request, \Closure $next): array
    {
        $slug = explode('.', (string) $request->header('host'))[0];
        if (!in_array($slug, $this->knownTenants, true)) {
            return [404, ['error' => 'Unknown portal']];
        }
        $locale = str_starts_with((string) $request->header('accept-language'), 'es') ? 'es_US' : 'en_US';
        TenantContext::bind($request, new TenantContext($slug, (int) ($request->cookies['resident_id'] ?? 0), $locale, $request->header('x-request-id') ?? 'n/a'));

        return $next($request);
    }
}

final class RentBalanceController
{
    public function __invoke(PortalRequest $request): array
    {
        $tenant = TenantContext::of($request);
        $lease = (int) ($request->query['lease'] ?? 0);
        $fmt = $tenant->locale === 'es_US' ? 'Saldo pendiente: $%s' : 'Balance due: $%s';

        return [200, [
            'tenant' => $tenant->tenantSlug,
            'resident' => $tenant->residentId,
            'lease' => $lease,
            'message' => sprintf($fmt, number_format(($lease % 17) * 101.5, 2)),
            'request_id' => $tenant->requestId(),
        ]];
    }
}

final class LeaseDocumentsController
{
    public function __invoke(PortalRequest $request): array
    {
        $tenant = TenantContext::of($request);
        return [200, ['documents' => [
            sprintf('/files/%s/leases/%s/signed-lease.pdf', $tenant->tenantSlug, $request->query['lease'] ?? ''),
            sprintf('/files/%s/leases/%s/move-in-inspection.pdf', $tenant->tenantSlug, $request->query['lease'] ?? ''),
        ]]];
    }
}

final class PortalKernel
{
    /** @param array<string, callable> $routes */
    public function __construct(private array $routes, private ResolveTenantContext $tenancy)
    {
    }

    public function handle(PortalRequest $request): array
    {
        $controller = $this->routes[$request->path] ?? static fn () => [404, ['error' => 'Not found']];
        return ($this->tenancy)($request, static fn (PortalRequest $r) => $controller($r));
    }
}

$kernel = new PortalKernel([
    '/portal/balance' => new RentBalanceController(),
    '/portal/documents' => new LeaseDocumentsController(),
], new ResolveTenantContext(['acme-residential', 'harborview-pm', 'oak-street-rentals']));

$handler = static function () use ($kernel): void {
    [$status, $body] = $kernel->handle(PortalRequest::fromGlobals());
    $output = json_encode(['status' => $status] + $body);
};

$maxRequests = (int) (getenv('PHPLEAK_N') ?: 100);
for ($nbRequests = 0; $nbRequests < $maxRequests; ++$nbRequests) {
    $keepRunning = \frankenphp_handle_request($handler);
    gc_collect_cycles();
    if (!$keepRunning) {
        break;
    }
}
