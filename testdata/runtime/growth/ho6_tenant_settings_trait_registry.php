<?php
// A multi-tenant worker loads tenant settings through a trait whose static instance registry is keyed by the tenant name sent with each request.

trait KeyedInstances
{
    /** @var array<string, static> */
    private static array $instances = [];

    public static function for(string $key): static
    {
        return self::$instances[$key] ??= static::load($key); // leak
    }

    abstract protected static function load(string $key): static;
}

final class TenantSettings
{
    use KeyedInstances;

    private function __construct(
        public readonly string $tenant,
        public readonly array $values,
    ) {}

    protected static function load(string $key): static
    {
        return new self($key, [
            'locale' => 'en_GB',
            'timezone' => 'Europe/London',
            'theme.css' => str_repeat('.tenant-' . $key . ' { color: #333; }', 12),
            'mail.footer' => 'Sent on behalf of ' . $key . ' by our platform. ' . str_repeat('-', 120),
        ]);
    }
}

final class TenantResolver
{
    public function resolve(array $headers): string
    {
        $tenant = strtolower($headers['X-Tenant'] ?? 'shared');
        return $tenant === '' ? 'shared' : $tenant;
    }
}

final class InvoiceController
{
    public function __construct(private TenantResolver $resolver) {}

    public function render(array $headers, int $invoiceId): string
    {
        $settings = TenantSettings::for($this->resolver->resolve($headers));
        return sprintf('<h1>Invoice %d</h1><p>%s</p>', $invoiceId, $settings->values['mail.footer']);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new InvoiceController(new TenantResolver());
$known = ['Acme', 'Globex', 'Initech'];
for ($i = 0; $i < $n; $i++) {
    $tenant = $i % 4 === 0 ? $known[$i % 3] : 'trial-' . $i;
    $controller->render(['X-Tenant' => $tenant], 900000 + $i);
}
