<?php

abstract class Plugin
{
    public ?PluginManager $manager = null;

    abstract public function name(): string;

    abstract public function filter(string $hook, string $value): string;
}

final class Shortcodes extends Plugin
{
    public function name(): string
    {
        return 'shortcodes';
    }

    public function filter(string $hook, string $value): string
    {
        return str_replace('[year]', '2024', $value);
    }
}

final class LazyImages extends Plugin
{
    public function name(): string
    {
        return 'lazy-images';
    }

    public function filter(string $hook, string $value): string
    {
        return $this->manager->enabled('shortcodes') ? str_replace('<img ', '<img loading="lazy" ', $value) : $value;
    }
}
