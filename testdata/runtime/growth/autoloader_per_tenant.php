<?php
// Each tenant request registers a class autoloader for the tenant's plugin directory.

final class TenantLoader
{
    public function __construct(private string $dir, private array $map) {}

    public function __invoke(string $class): void
    {
        if (isset($this->map[$class])) {
            require $this->dir . '/' . $this->map[$class];
        }
    }
}

function bootTenant(int $tenant): void
{
    $map = [];
    foreach (['Invoice', 'Report', 'Export'] as $name) {
        $map["Tenant{$tenant}\\Plugins\\{$name}"] = "{$name}.php";
    }
    spl_autoload_register(new TenantLoader("/srv/tenants/{$tenant}/plugins", $map)); // leak
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    bootTenant($i);
}
