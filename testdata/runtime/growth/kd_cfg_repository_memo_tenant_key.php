<?php
// A singleton config repository memoizes dotted lookups in $this->resolved keyed by the config key; the storefront asks for "tenants.{$tenant}.branding" with the tenant from the request host, and every miss memoizes the default branding under a new key.

final class ConfigRepository
{
    private static ?self $instance = null;

    /** @var array<string, mixed> */
    private array $resolved = [];

    private function __construct(private array $items) {}

    public static function instance(): self
    {
        return self::$instance ??= new self([
            'app' => ['name' => 'Storefront', 'locale' => 'en', 'timezone' => 'Europe/Berlin'],
            'branding' => ['theme' => 'light', 'palette' => array_fill(0, 12, '#ffcc00'), 'footer' => str_repeat('&copy; Storefront GmbH ', 12)],
            'tenants' => [],
        ]);
    }

    public function get(string $key, mixed $default = null): mixed
    {
        return $this->resolved[$key] ??= $this->lookup($key, $default); // leak
    }

    private function lookup(string $key, mixed $default): mixed
    {
        $value = $this->items;
        foreach (explode('.', $key) as $segment) {
            if (!is_array($value) || !array_key_exists($segment, $value)) {
                return $default;
            }
            $value = $value[$segment];
        }
        return $value;
    }
}

function render_layout(string $host, string $path): string
{
    $config = ConfigRepository::instance();
    $tenant = explode('.', $host)[0];
    $branding = $config->get("tenants.{$tenant}.branding", ['theme' => 'light', 'footer' => "&copy; {$tenant} " . str_repeat('-', 300)]);
    return "<html lang=\"{$config->get('app.locale')}\" data-theme=\"{$branding['theme']}\" data-shop=\"{$tenant}\">"
        . $path . $branding['footer'];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    render_layout("shop{$i}.storefront.example", "/products/{$i}");
}
