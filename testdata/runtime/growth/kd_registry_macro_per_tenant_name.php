<?php
// A tenant middleware registers a Collection macro named after the tenant ("totalFor{$tenant}") on every request; the macro registry is a class static, so each tenant seen adds a closure.

trait Macroable
{
    /** @var array<string, \Closure> */
    protected static array $macros = [];

    public static function macro(string $name, \Closure $macro): void
    {
        static::$macros[$name] = $macro; // leak
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
        $settings = ['tax_rate' => 0.19, 'rounding' => 'half_up', 'footer' => str_repeat("{$tenant} invoice footer ", 16)];
        Collection::macro("totalFor{$tenant}", function () use ($settings): float { // leak
            return round(array_sum(array_column($this->items, 'net')) * (1 + $settings['tax_rate']), 2);
        });
        return $next($request);
    }
}

function invoice_controller(array $request): string
{
    $lines = new Collection([['net' => 10.0], ['net' => 24.5], ['net' => (float) $request['extra']]]);
    return (string) $lines->{"totalFor{$request['tenant']}"}();
}

$middleware = new TenantMiddleware();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $middleware->handle(['tenant' => "Acme{$i}", 'extra' => (string) $i], invoice_controller(...));
}
