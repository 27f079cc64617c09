<?php
declare(strict_types=1);

// Stand-in for FrankenPHP's worker-mode API: each call serves one request
// with fresh superglobals, and returns false when the worker must stop.
if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $limit) {
            return false;
        }
        $i = $served++;
        $tenants = ['acme', 'globex', 'initech', 'umbrella', 'hooli'];
        $_GET = ['page' => (string) (1 + $i % 4), 'sort' => 'updated_at'];
        $_COOKIE = ['sid' => sprintf('%032x', crc32((string) $i))];
        $_SERVER = [
            'REQUEST_METHOD' => 'GET',
            'REQUEST_URI' => '/dashboard/projects?page=' . (1 + $i % 4),
            'HTTP_HOST' => $tenants[$i % 5] . '.app.example',
            'HTTP_ACCEPT' => 'text/html,application/xhtml+xml',
            'HTTP_ACCEPT_LANGUAGE' => 'en-GB,en;q=0.9,de;q=0.7',
            'HTTP_USER_AGENT' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)',
            'REMOTE_ADDR' => '192.0.2.' . ($i % 250),
            'REQUEST_TIME_FLOAT' => microtime(true),
            'SERVER_PROTOCOL' => 'HTTP/2.0',
        ];
        $handler();
        return true;
    }
}

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly string $host,
        public readonly array $query,
        public readonly array $cookies,
        public readonly array $server,
    ) {
    }

    public static function fromGlobals(): self
    {
        return new self(
            $_SERVER['REQUEST_METHOD'],
            $_SERVER['REQUEST_URI'],
            $_SERVER['HTTP_HOST'],
            $_GET,
            $_COOKIE,
            $_SERVER,
        );
    }
}

final class Tenant
{
    public function __construct(public readonly int $id, public readonly string $slug, public readonly string $plan)
    {
    }
}

final class TenantRepository
{
    /** @var array<string, Tenant> */
    private array $bySlug = [];

    public function __construct()
    {
        foreach (['acme', 'globex', 'initech', 'umbrella', 'hooli'] as $i => $slug) {
            $this->bySlug[$slug] = new Tenant($i + 1, $slug, $i % 2 ? 'pro' : 'team');
        }
    }

    public function findBySlug(string $slug): ?Tenant
    {
        return $this->bySlug[$slug] ?? null;
    }
}

final class ResolvedTenant
{
    public function __construct(
        public readonly Request $request,
        public readonly Tenant $tenant,
    ) {
    }

    public function matches(Request $request): bool
    {
        return $this->request === $request;
    }
}

/**
 * Resolves the tenant from the Host header. Several services ask for it per
 * request, so the answer is memoised per request object.
 */
final class TenantResolver
{
    /** @var array<int, ResolvedTenant> */
    private array $memo = [];

    public function __construct(private TenantRepository $tenants, private string $baseDomain)
    {
    }

    public function resolve(Request $request): Tenant
    {
        $key = spl_object_id($request);
        $hit = $this->memo[$key] ?? null;
        if ($hit !== null && $hit->matches($request)) {
            return $hit->tenant;
        }
        $slug = substr($request->host, 0, -strlen('.' . $this->baseDomain));
        $tenant = $this->tenants->findBySlug($slug) ?? throw new RuntimeException("unknown tenant $slug");
        $this->memo[$key] = new ResolvedTenant($request, $tenant); // leak
        return $tenant;
    }
}

final class ProjectQuery
{
    public function __construct(private TenantResolver $resolver)
    {
    }

    public function page(Request $request): array
    {
        $tenant = $this->resolver->resolve($request);
        $page = max(1, (int) ($request->query['page'] ?? 1));
        $rows = [];
        for ($n = 0; $n < 5; $n++) {
            $rows[] = ['id' => $tenant->id * 1000 + $page * 10 + $n, 'name' => "Project $n"];
        }
        return $rows;
    }
}

final class DashboardController
{
    public function __construct(private TenantResolver $resolver, private ProjectQuery $projects)
    {
    }

    public function __invoke(Request $request): string
    {
        $tenant = $this->resolver->resolve($request);
        $rows = $this->projects->page($request);
        return sprintf('<h1>%s (%s)</h1><ul>%s</ul>', $tenant->slug, $tenant->plan, implode('', array_map(
            static fn (array $r) => '<li>' . htmlspecialchars($r['name']) . '</li>',
            $rows,
        )));
    }
}

$resolver = new TenantResolver(new TenantRepository(), 'app.example');
$controller = new DashboardController($resolver, new ProjectQuery($resolver));

$handler = static function () use ($controller): void {
    $request = Request::fromGlobals();
    $html = $controller($request);
    unset($html);
};

for ($running = true; $running;) {
    $running = frankenphp_handle_request($handler);
}
