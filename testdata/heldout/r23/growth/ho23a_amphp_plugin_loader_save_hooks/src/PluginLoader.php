<?php

declare(strict_types=1);

namespace App;

use App\Plugins\Plugin;
use App\Plugins\SiteSettings;

final class PluginLoader
{
    /** @param array<int, list<class-string<Plugin>>> $activeBySite */
    public function __construct(
        private readonly array $activeBySite,
        private readonly SiteSettings $settings,
    ) {
    }

    /** Boots the plugins the site has switched on so their hooks see this request. */
    public function loadForSite(int $siteId): void
    {
        foreach ($this->activeBySite[$siteId] ?? [] as $class) {
            $this->boot($class, $siteId);
        }
    }

    /** @param class-string<Plugin> $class */
    private function boot(string $class, int $siteId): Plugin
    {
        $plugin = new $class($this->settings, $siteId);
        $plugin->boot(Events::dispatcher());

        return $plugin;
    }
}
