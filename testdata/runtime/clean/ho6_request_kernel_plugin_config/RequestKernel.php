<?php
// A kernel built per request that instantiates its configured plugin classes by name.

final class PluginSettings
{
    public function __construct(private array $values) {}

    public function get(string $name): mixed
    {
        return $this->values[$name] ?? null;
    }
}

final class RequestKernel
{
    /** @var array<class-string, KernelPlugin> */
    private array $plugins = [];

    private PluginSettings $pluginSettings;

    /** @param list<class-string<KernelPlugin>> $pluginClasses */
    public function __construct(private array $settings, private array $pluginClasses)
    {
        $this->pluginSettings = new PluginSettings($settings);
    }

    public function boot(): void
    {
        foreach ($this->pluginClasses as $class) {
            $this->plugins[$class] = new $class($this->pluginSettings);
        }
    }

    public function setting(string $name): mixed
    {
        return $this->settings[$name] ?? null;
    }

    public function handle(array $request): array
    {
        foreach ($this->plugins as $plugin) {
            $request = $plugin->onRequest($request);
        }
        return ['status' => 200, 'headers' => $request['headers'], 'locale' => $request['locale']];
    }
}
