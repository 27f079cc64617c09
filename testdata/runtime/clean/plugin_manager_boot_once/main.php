<?php
// Plugins and their manager point at each other on purpose; the fixed set is registered once at boot and lives for the whole worker.

require_once __DIR__ . '/Plugin.php';
require_once __DIR__ . '/PluginManager.php';
require_once __DIR__ . '/bootstrap.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$manager = boot();
for ($i = 0; $i < $n; $i++) {
    $manager->filter('the_content', "<p>Post {$i}</p>" . str_repeat('<p>text</p>', 60));
}
