<?php
// Stand-in for Composer's autoloader.
require __DIR__ . '/evenement/src/EventEmitterInterface.php';
require __DIR__ . '/evenement/src/EventEmitter.php';
require __DIR__ . '/react/stream/src/ThroughStream.php';
require __DIR__ . '/react/http/src/Message.php';
require __DIR__ . '/react/http/src/HttpServer.php';

spl_autoload_register(static function (string $class): void {
    if (str_starts_with($class, 'Rental\\')) {
        $file = dirname(__DIR__) . '/src/' . str_replace('\\', '/', substr($class, 7)) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
