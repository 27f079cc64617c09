<?php
// A CMS worker loads the plugins a site has switched on for every
// request: each is made from its class name (new $class) and booted,
// and booting adds its listener to the long-lived dispatcher. Nothing
// removes them, so every request adds one more listener per plugin.

require __DIR__ . '/src/Dispatcher.php';
require __DIR__ . '/src/Plugins.php';
require __DIR__ . '/src/Loader.php';

$dispatcher = new Dispatcher();
$loader = new PluginLoader($dispatcher, [SeoPlugin::class, SitemapPlugin::class]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $loader->loadAll();
    $dispatcher->dispatch('post.saved', ['id' => $i, 'title' => 'Post ' . $i]);
}
