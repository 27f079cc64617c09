<?php

namespace App\Cms;

class PluginManager
{
    public function __construct(private string $pluginPath) {}

    public function loadFor(Site $site): void
    {
        foreach ($site->plugins as $plugin) {
            require "{$this->pluginPath}/{$plugin}/plugin.php";
        }
    }

    public function filter(Site $site, string $hook, string $value): string
    {
        foreach ($GLOBALS['cms_filters'][$site->domain][$hook] ?? [] as $callback) {
            $value = $callback($value);
        }

        return $value;
    }
}
