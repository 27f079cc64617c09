<?php
// A multi-tenant storefront worker enables each tenant's plugins per request by registering a PSR-4 class loader for the plugin namespaces.

final class Psr4ClassLoader
{
    private array $prefixes = [];
    private array $missing = [];

    public function addNamespace(string $prefix, string $baseDir): void
    {
        $this->prefixes[rtrim($prefix, '\\') . '\\'] = rtrim($baseDir, '/') . '/';
    }

    public function register(bool $prepend = false): void
    {
        spl_autoload_register([$this, 'loadClass'], true, $prepend); // leak
    }

    public function loadClass(string $class): void
    {
        foreach ($this->prefixes as $prefix => $dir) {
            if (str_starts_with($class, $prefix)) {
                $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
                if (is_file($file)) {
                    require $file;
                    return;
                }
            }
        }
        $this->missing[$class] = true;
    }
}

final class PluginManager
{
    public function __construct(private string $pluginRoot, private array $enabledByTenant) {}

    public function enableFor(string $tenant): array
    {
        $loader = new Psr4ClassLoader();
        foreach ($this->enabledByTenant[$tenant] as $plugin) {
            $loader->addNamespace("Plugins\\{$plugin}\\", "{$this->pluginRoot}/{$plugin}/src");
        }
        $loader->register();
        return $this->enabledByTenant[$tenant];
    }
}

final class StorefrontController
{
    public function __construct(private PluginManager $plugins) {}

    public function home(array $request): string
    {
        $enabled = $this->plugins->enableFor($request['tenant']);
        return sprintf('<body data-tenant="%s" data-plugins="%s"></body>', $request['tenant'], implode(',', $enabled));
    }
}

$plugins = new PluginManager('/srv/app/plugins', [
    'acme' => ['Reviews', 'Wishlist', 'GiftCards'],
    'globex' => ['Reviews', 'LoyaltyPoints'],
    'initech' => ['Wishlist', 'B2BPricing', 'QuickOrder'],
]);
$controller = new StorefrontController($plugins);
$tenants = ['acme', 'globex', 'initech'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->home(['tenant' => $tenants[$i % 3], 'path' => '/']);
}
