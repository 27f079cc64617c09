<?php

// Composer-style PSR-4 autoloader (generated)

$__psr4 = [
    'Spiral\\RoadRunner\\Http\\' => __DIR__ . '/spiral/roadrunner-http/src/',
    'Spiral\\RoadRunner\\' => __DIR__ . '/spiral/roadrunner-worker/src/',
    'Spiral\\Goridge\\' => __DIR__ . '/spiral/goridge/src/',
    'Psr\\Http\\Message\\' => __DIR__ . '/psr/http-message/src/',
    'Psr\\Http\\Server\\' => [__DIR__ . '/psr/http-server-handler/src/', __DIR__ . '/psr/http-server-middleware/src/'],
    'Nyholm\\Psr7\\' => __DIR__ . '/nyholm/psr7/src/',
    'App\\' => __DIR__ . '/../src/',
];

spl_autoload_register(static function (string $class) use ($__psr4): void {
    foreach ($__psr4 as $namespace => $dirs) {
        if (strncmp($class, $namespace, strlen($namespace)) !== 0) {
            continue;
        }
        foreach ((array) $dirs as $dir) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($namespace))) . '.php';
            if (is_file($file)) {
                require $file;

                return;
            }
        }
    }
});
