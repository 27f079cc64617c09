<?php

// Composer-style PSR-4 map for this project (generated, do not edit).
spl_autoload_register(static function (string $class): void {
    static $prefixes = [
        'Spiral\\RoadRunner\\Http\\' => __DIR__ . '/spiral/roadrunner-http/src/',
        'Spiral\\RoadRunner\\' => __DIR__ . '/spiral/roadrunner-worker/src/',
        'Nyholm\\Psr7\\' => __DIR__ . '/nyholm/psr7/src/',
        'Psr\\Http\\Message\\' => __DIR__ . '/psr/http-message/src/',
        'Nwp\\Api\\' => __DIR__ . '/../src/',
    ];
    foreach ($prefixes as $prefix => $dir) {
        if (strncmp($class, $prefix, strlen($prefix)) === 0) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});
