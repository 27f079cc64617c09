<?php

final class PluginLoader
{
    /** @param list<class-string<Plugin>> $classes */
    public function __construct(private Dispatcher $events, private array $classes)
    {
    }

    public function loadAll(): void
    {
        foreach ($this->classes as $class) {
            $this->boot($class);
        }
    }

    /** @param class-string<Plugin> $class */
    private function boot(string $class): Plugin
    {
        $plugin = new $class();
        $plugin->boot($this->events);

        return $plugin;
    }
}
