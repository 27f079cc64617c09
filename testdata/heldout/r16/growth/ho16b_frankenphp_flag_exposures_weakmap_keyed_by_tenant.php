<?php

declare(strict_types=1);

namespace App\Features;

use WeakMap;

final class Tenant
{
    /** @param array<string, bool> $overrides */
    public function __construct(
        public readonly string $slug,
        public readonly string $plan,
        public readonly array $overrides = [],
    ) {
    }
}

/** Tenants are loaded once when the worker boots. */
final class TenantRegistry
{
    /** @var array<string, Tenant> */
    private array $tenants;

    public function __construct()
    {
        $this->tenants = [
            'acme' => new Tenant('acme', 'enterprise', ['beta-search' => true]),
            'globex' => new Tenant('globex', 'team'),
            'initech' => new Tenant('initech', 'free', ['new-checkout' => false]),
        ];
    }

    public function resolve(string $host): Tenant
    {
        return $this->tenants[explode('.', $host)[0]] ?? $this->tenants['globex'];
    }
}

final class Request
{
    public function __construct(
        public readonly string $host,
        public readonly string $path,
        public readonly string $userId,
        public readonly Tenant $tenant,
    ) {
    }
}

final class Exposure
{
    public function __construct(
        public readonly string $flag,
        public readonly bool $enabled,
        public readonly string $userId,
        public readonly string $path,
    ) {
    }
}

final class ExposureLog
{
    /** @var list<Exposure> */
    public array $items = [];

    public function add(Exposure $exposure): void
    {
        $this->items[] = $exposure; // leak
    }
}

/**
 * Evaluates flags and remembers which ones a request saw so the analytics
 * header can report them. Exposures live as long as their owner does.
 */
final class FlagEvaluator
{
    private const DEFAULTS = ['new-checkout' => true, 'beta-search' => false, 'dark-mode' => true];

    private WeakMap $exposures;

    public function __construct()
    {
        $this->exposures = new WeakMap();
    }

    public function enabled(Request $request, string $flag): bool
    {
        $enabled = $request->tenant->overrides[$flag] ?? (self::DEFAULTS[$flag] ?? false);

        $log = $this->exposures[$request->tenant] ??= new ExposureLog();
        $log->add(new Exposure($flag, $enabled, $request->userId, $request->path));

        return $enabled;
    }

    public function header(Request $request): string
    {
        $seen = [];
        foreach (($this->exposures[$request->tenant] ?? new ExposureLog())->items as $exposure) {
            if ($exposure->userId === $request->userId) {
                $seen[$exposure->flag] = $exposure->enabled ? '1' : '0';
            }
        }

        return http_build_query($seen, '', ';');
    }
}

final class Features
{
    private static ?FlagEvaluator $evaluator = null;

    public static function evaluator(): FlagEvaluator
    {
        return self::$evaluator ??= new FlagEvaluator();
    }
}

final class CheckoutController
{
    public function show(Request $request): array
    {
        $features = Features::evaluator();
        $body = [
            'checkout' => $features->enabled($request, 'new-checkout') ? 'v2' : 'v1',
            'search' => $features->enabled($request, 'beta-search'),
        ];

        return ['status' => 200, 'headers' => ['X-Flags' => $features->header($request)], 'body' => $body];
    }
}

$tenants = new TenantRegistry();
$controller = new CheckoutController();

// stand-in for frankenphp_handle_request()
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $host = ['acme', 'globex', 'initech'][$i % 3] . '.app.example';
    $request = new Request($host, sprintf('/checkout/%s?cart=%d', substr(md5((string) $i), 0, 16), $i), sprintf('usr_%08d', $i), $tenants->resolve($host));
    $controller->show($request);
}
