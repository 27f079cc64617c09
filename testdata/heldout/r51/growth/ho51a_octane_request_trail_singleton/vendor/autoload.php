<?php
// Composer-style PSR-4 autoloader stand-in.
spl_autoload_register(static function (string $class): void {
    static $prefixes = [
        'Illuminate\\' => __DIR__ . '/laravel/framework/',
        'Laravel\\Octane\\' => __DIR__ . '/laravel/octane/',
        'App\\' => __DIR__ . '/../app/',
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
