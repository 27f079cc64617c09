<?php

function boot(): PluginManager
{
    static $manager = null;
    if ($manager === null) {
        $manager = new PluginManager();
        $manager->register(new Shortcodes());
        $manager->register(new LazyImages());
    }
    return $manager;
}
