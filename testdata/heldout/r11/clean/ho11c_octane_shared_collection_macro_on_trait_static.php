<?php

declare(strict_types=1);

namespace Support;

trait Macroable
{
    /** @var array<string, \Closure> */
    protected static array $macros = [];

    public static function macro(string $name, \Closure $macro): void
    {
        static::$macros[$name] = $macro;
    }

    public static function hasMacro(string $name): bool
    {
        return isset(static::$macros[$name]);
    }

    public function __call(string $method, array $parameters): mixed
    {
        if (!static::hasMacro($method)) {
            throw new \BadMethodCallException(sprintf('Method %s::%s does not exist.', static::class, $method));
        }

        return \Closure::bind(static::$macros[$method], $this, static::class)(...$parameters);
    }
}

final class Collection implements \Countable
{
    use Macroable;

    public function __construct(private array $items = [])
    {
    }

    public function all(): array
    {
        return $this->items;
    }

    public function map(callable $fn): self
    {
        return new self(array_map($fn, $this->items));
    }

    public function sum(string $key): float
    {
        return (float) array_sum(array_column($this->items, $key));
    }

    public function count(): int
    {
        return \count($this->items);
    }
}

namespace App;

use Support\Collection;

final class Tenant
{
    public function __construct(
        public readonly int $id,
        public readonly string $slug,
        public readonly string $currency,
        public readonly float $taxRate,
        public readonly array $settings,
    ) {
    }
}

final class TenantResolver
{
    public function resolve(string $host, int $seq): Tenant
    {
        $slug = substr($host, 0, strpos($host, '.'));

        return new Tenant($seq, $slug, $seq % 3 ? 'EUR' : 'USD', ($seq % 5) / 100 + 0.15, [
            'brand' => ucfirst($slug) . ' Store',
            'footer' => str_repeat('All prices include VAT where applicable. ', 12),
            'support_email' => 'help@' . $host,
            'features' => ['wishlist' => true, 'reviews' => $seq % 2 === 0, 'gift_cards' => false],
        ]);
    }
}

final class TenantServiceProvider
{
    public function boot(Tenant $tenant): void
    {
        $macro = 'totalForTenant';
        if (!Collection::hasMacro($macro)) {
            Collection::macro($macro, function (Tenant $tenant): string {
                $net = $this->sum('price');
                $gross = $net * (1 + $tenant->taxRate);

                return number_format($gross, 2) . ' ' . $tenant->currency;
            });
        }
        $GLOBALS['current_tenant'] = $tenant;
    }
}

final class OrderController
{
    public function summary(array $lines): array
    {
        $items = new Collection($lines);
        $macro = 'totalForTenant';

        return ['count' => count($items), 'total' => $items->{$macro}($GLOBALS['current_tenant'])];
    }
}

/** Minimal Octane-style worker: one application instance, many requests. */
final class OctaneWorker
{
    private TenantResolver $tenants;
    private TenantServiceProvider $provider;
    private OrderController $controller;

    public function __construct()
    {
        $this->tenants = new TenantResolver();
        $this->provider = new TenantServiceProvider();
        $this->controller = new OrderController();
    }

    public function handle(string $host, int $seq): array
    {
        $tenant = $this->tenants->resolve($host, $seq);
        $this->provider->boot($tenant);
        $lines = [];
        for ($k = 0; $k < 3; $k++) {
            $lines[] = ['sku' => "P{$seq}-{$k}", 'price' => 10.5 * ($k + 1)];
        }

        return $this->controller->summary($lines);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new OctaneWorker();
for ($i = 1; $i <= $n; $i++) {
    $response = $worker->handle("shop-{$i}.saas.example", $i);
    unset($response);
}
