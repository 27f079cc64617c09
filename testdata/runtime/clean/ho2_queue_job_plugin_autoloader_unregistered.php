<?php
// A CMS queue worker renders widget snapshots; each job boots the widget's plugin by registering a PSR-4 class loader for the plugin namespace and shuts the plugin down afterwards.

namespace Illuminate\Contracts\Queue {

    interface ShouldQueue
    {
    }
}

namespace Illuminate\Bus {

    trait Queueable
    {
        public ?string $connection = null;
        public ?string $queue = null;
        public int $tries = 3;

        public function onQueue(?string $queue): static
        {
            $this->queue = $queue;

            return $this;
        }
    }
}

namespace App\Plugins {

    /**
     * Parsed plugin.json of an installed plugin.
     */
    final class PluginManifest
    {
        public function __construct(
            public readonly string $name,
            public readonly string $namespace,
            public readonly string $path,
            public readonly string $version,
            public readonly array $widgets,
            public readonly array $settings = [],
        ) {
        }
    }

    final class PluginRuntime
    {
        public function __construct(public readonly array $config, public readonly \Closure $autoloader)
        {
        }
    }

    final class PluginLoader
    {
        /** @var array<string, PluginManifest> */
        private array $installed = [];

        public function install(PluginManifest $manifest): void
        {
            $this->installed[$manifest->name] = $manifest;
        }

        public function manifest(string $name): PluginManifest
        {
            return $this->installed[$name] ?? throw new \RuntimeException("Plugin {$name} is not installed.");
        }

        /**
         * Makes the plugin classes loadable and returns the plugin runtime.
         */
        public function boot(PluginManifest $manifest, array $tenantSettings): PluginRuntime
        {
            $config = array_replace($manifest->settings, $tenantSettings);
            $prefix = rtrim($manifest->namespace, '\\') . '\\';
            $baseDir = rtrim($manifest->path, '/') . '/src/';

            $autoloader = static function (string $class) use ($prefix, $baseDir, $config): void {
                if (!str_starts_with($class, $prefix)) {
                    return;
                }
                $file = $baseDir . str_replace('\\', '/', substr($class, \strlen($prefix))) . '.php';
                if (($config['dev_mode'] ?? false) || is_file($file)) {
                    require $file;
                }
            };
            spl_autoload_register($autoloader);

            return new PluginRuntime($config, $autoloader);
        }

        public function shutdown(PluginRuntime $runtime): void
        {
            spl_autoload_unregister($runtime->autoloader);
        }
    }
}

namespace App\Jobs {

    use App\Plugins\PluginLoader;
    use Illuminate\Bus\Queueable;
    use Illuminate\Contracts\Queue\ShouldQueue;

    final class RenderWidgetSnapshot implements ShouldQueue
    {
        use Queueable;

        public function __construct(
            public readonly string $plugin,
            public readonly string $widget,
            public readonly int $tenantId,
            public readonly array $tenantSettings,
        ) {
        }

        public function handle(PluginLoader $loader): string
        {
            $manifest = $loader->manifest($this->plugin);
            $runtime = $loader->boot($manifest, $this->tenantSettings);

            try {
                $title = $runtime->config['title'] ?? $this->widget;
                $html = sprintf('<section class="widget widget-%s" data-tenant="%d"><h2>%s</h2>', $this->widget, $this->tenantId, htmlspecialchars($title));
                foreach ($manifest->widgets[$this->widget] ?? [] as $block) {
                    $html .= '<div class="block">' . htmlspecialchars($block) . '</div>';
                }

                return $html . '</section>';
            } finally {
                $loader->shutdown($runtime);
            }
        }
    }
}

namespace {

    use App\Jobs\RenderWidgetSnapshot;
    use App\Plugins\PluginLoader;
    use App\Plugins\PluginManifest;

    $loader = new PluginLoader();
    $loader->install(new PluginManifest('acme/weather', 'Acme\\Weather', '/srv/cms/plugins/acme-weather', '2.4.1', [
        'forecast' => ['Today', 'Tomorrow', 'Weekend'],
        'radar' => ['Radar map'],
    ], ['units' => 'metric', 'provider' => 'open-meteo']));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $job = (new RenderWidgetSnapshot('acme/weather', $i % 3 ? 'forecast' : 'radar', 100 + $i, [
            'title' => 'Weather for tenant ' . (100 + $i),
            'city' => 'City ' . $i,
            'api_key' => hash('sha256', 'tenant-' . $i),
            'locale' => 'en_GB',
        ]))->onQueue('snapshots');
        $job->handle($loader);
    }
}
