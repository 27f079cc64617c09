<?php

final class PluginManager
{
    /** @var array<string, Plugin> */
    private array $plugins = [];
    private int $filtered = 0;

    public function register(Plugin $plugin): void
    {
        $plugin->manager = $this;
        $this->plugins[$plugin->name()] = $plugin;
    }

    public function enabled(string $name): bool
    {
        return isset($this->plugins[$name]);
    }

    public function filter(string $hook, string $value): string
    {
        $this->filtered++;
        foreach ($this->plugins as $plugin) {
            $value = $plugin->filter($hook, $value);
        }
        return $value;
    }
}
