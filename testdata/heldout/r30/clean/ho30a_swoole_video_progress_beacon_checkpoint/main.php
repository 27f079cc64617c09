<?php

// Swoole HTTP server receiving video-player progress beacons for the LMS's
// lesson player. Services are created in the worker once.

require __DIR__ . '/vendor/swoole/http.php';
require __DIR__ . '/src/Progress/PlaybackSession.php';
require __DIR__ . '/src/Progress/PlaybackSessionRegistry.php';
require __DIR__ . '/src/Progress/ProgressStore.php';
require __DIR__ . '/src/Http/BeaconController.php';

use App\Http\BeaconController;
use App\Progress\ProgressStore;
use Swoole\Http\Server;

$server = new Server('0.0.0.0', 9501);
$controller = new BeaconController(new ProgressStore());

$server->on('request', static function ($request, $response) use ($controller): void {
    $controller($request, $response);
});
$server->start();
