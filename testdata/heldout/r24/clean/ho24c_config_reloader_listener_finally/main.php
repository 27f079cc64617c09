<?php

require __DIR__ . '/vendor/event-dispatcher/EventDispatcher.php';
require __DIR__ . '/src/Watcher.php';
require __DIR__ . '/src/Reload.php';

use Lite\EventDispatcher\EventDispatcher;
use Ops\ConfigD\ConfigDirWatcher;
use Ops\ConfigD\ConfigReloader;
use Ops\ConfigD\ConfigRepository;

$dispatcher = new EventDispatcher();
$reloader = new ConfigReloader(new ConfigRepository(), $dispatcher);
$watcher = new ConfigDirWatcher();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($tick = 0; $tick < $n; $tick++) {
    $reloader->onFileChanged($watcher->poll($tick));
}
