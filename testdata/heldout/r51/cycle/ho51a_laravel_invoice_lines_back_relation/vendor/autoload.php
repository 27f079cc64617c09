<?php

spl_autoload_register(static function (string $class): void {
    static $map = [
        'Illuminate\\' => __DIR__ . '/laravel/framework/',
        'App\\' => __DIR__ . '/../app/',
    ];
    foreach ($map as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = $dir . strtr(substr($class, strlen($prefix)), '\\', '/') . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});
