<?php

use App\Album\AlbumTreeRepository;
use App\Cdn\PurgeClient;
use App\Cdn\SurrogateKeyCollector;
use App\Http\MoveAlbumHandler;
use App\Http\Router;

spl_autoload_register(static function (string $class): void {
    $roots = ['App\\' => __DIR__ . '/src/', 'Swoole\\' => __DIR__ . '/stubs/Swoole/'];
    foreach ($roots as $namespace => $dir) {
        if (str_starts_with($class, $namespace)) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($namespace))) . '.php';
            if (is_file($file)) {
                require $file;
            }

            return;
        }
    }
});

/** Builds the per-worker object graph (called from onWorkerStart). */
return static function (): Router {
    $cdn = require __DIR__ . '/config/cdn.php';

    return new Router(new MoveAlbumHandler(
        new AlbumTreeRepository(),
        new SurrogateKeyCollector($cdn['renditions']),
        new PurgeClient($cdn['service_id'], $cdn['api_token'], $cdn['soft_purge']),
    ));
};
