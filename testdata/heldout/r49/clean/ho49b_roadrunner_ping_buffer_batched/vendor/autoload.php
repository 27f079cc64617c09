<?php
// Stand-in for Composer's autoloader.
require __DIR__ . '/nyholm/psr7/src/ServerRequest.php';
require __DIR__ . '/nyholm/psr7/src/Response.php';
require __DIR__ . '/spiral/roadrunner-http/src/PSR7Worker.php';

spl_autoload_register(static function (string $class): void {
    if (str_starts_with($class, 'Fleet\\')) {
        $file = dirname(__DIR__) . '/src/' . str_replace('\\', '/', substr($class, 6)) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
