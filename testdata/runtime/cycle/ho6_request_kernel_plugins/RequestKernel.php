<?php
// A kernel built per request that instantiates its configured plugin classes by name.

final class RequestKernel
{
    /** @var array<class-string, KernelPlugin> */
    private array $plugins = [];

    /** @param list<class-string<KernelPlugin>> $pluginClasses */
    public function __construct(private array $settings, private array $pluginClasses) {}

    public function boot(): void
    {
        foreach ($this->pluginClasses as $class) {
            $this->plugins[$class] = new $class($this); // leak
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
