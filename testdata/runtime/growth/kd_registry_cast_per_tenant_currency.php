<?php
// An ORM's class-static custom-cast registry gets a cast registered under "money:{$tenant}" by each request's tenant resolver, so every tenant served adds a cast object to the worker.

interface CastsAttributes
{
    public function get(mixed $value): mixed;
}

final class MoneyCast implements CastsAttributes
{
    public array $format;

    public function __construct(public string $currency, public int $decimals, string $tenant)
    {
        $this->format = ['symbol' => $currency, 'pattern' => "#,##0.00 ¤ ({$tenant})", 'locale_data' => str_repeat('0123456789,.', 40)];
    }

    public function get(mixed $value): mixed
    {
        return number_format($value / 10 ** $this->decimals, $this->decimals) . ' ' . $this->currency;
    }
}

final class Casts
{
    /** @var array<string, CastsAttributes> */
    private static array $casts = [];

    public static function extend(string $name, CastsAttributes $cast): void
    {
        self::$casts[$name] = $cast; // leak
    }

    public static function apply(string $name, mixed $value): mixed
    {
        return self::$casts[$name]->get($value);
    }
}

final class TenantResolver
{
    public function resolve(array $server): string
    {
        $tenant = explode('.', $server['HTTP_HOST'])[0];
        Casts::extend("money:{$tenant}", new MoneyCast('EUR', 2, $tenant)); // leak
        return $tenant;
    }
}

function order_total(array $server, int $cents): string
{
    $tenant = (new TenantResolver())->resolve($server);
    return Casts::apply("money:{$tenant}", $cents);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    order_total(['HTTP_HOST' => "store{$i}.shops.example"], 1999 + $i);
}
