<?php

// Composer-style PSR-4 autoloader (generated)

$__psr4 = [
    'Illuminate\\' => __DIR__ . '/laravel/framework/src/Illuminate/',
    'Laravel\\Octane\\' => __DIR__ . '/laravel/octane/src/',
    'App\\' => __DIR__ . '/../app/',
];

spl_autoload_register(static function (string $class) use ($__psr4): void {
    foreach ($__psr4 as $namespace => $dir) {
        if (strncmp($class, $namespace, strlen($namespace)) === 0) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($namespace))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});

require __DIR__ . '/laravel/framework/src/Illuminate/Foundation/helpers.php';
