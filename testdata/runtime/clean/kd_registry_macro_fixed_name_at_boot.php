<?php
// A Collection macro "totalForTenant" is registered once at boot in the class-static macro registry; the tenant middleware passes the tenant's settings as an argument on each request.

trait Macroable
{
    /** @var array<string, \Closure> */
    protected static array $macros = [];

    public static function macro(string $name, \Closure $macro): void
    {
        static::$macros[$name] = $macro;
    }

    public function __call(string $method, array $args): mixed
    {
        return (static::$macros[$method])->call($this, ...$args);
    }
}

final class Collection
{
    use Macroable;

    public function __construct(public array $items) {}
}

final class TenantMiddleware
{
    public function handle(array $request, \Closure $next): string
    {
        $tenant = $request['tenant'];
        $request['tenant_settings'] = ['tax_rate' => 0.19, 'rounding' => 'half_up', 'footer' => str_repeat("{$tenant} invoice footer ", 16)];
        return $next($request);
    }
}

function invoice_controller(array $request): string
{
    $lines = new Collection([['net' => 10.0], ['net' => 24.5], ['net' => (float) $request['extra']]]);
    return (string) $lines->totalForTenant($request['tenant_settings']);
}

Collection::macro('totalForTenant', function (array $settings): float {
    return round(array_sum(array_column($this->items, 'net')) * (1 + $settings['tax_rate']), 2);
});

$middleware = new TenantMiddleware();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $middleware->handle(['tenant' => "Acme{$i}", 'extra' => (string) $i], invoice_controller(...));
}
