<?php
// Stand-in for Composer's autoloader (PSR-4 map of composer.json + the "files" autoload list).

spl_autoload_register(static function (string $class): void {
    $map = [
        'App\\' => dirname(__DIR__) . '/src/',
        'Illuminate\\' => __DIR__ . '/laravel/framework/src/Illuminate/',
        'Laravel\\Octane\\' => __DIR__ . '/laravel/octane/src/',
        'Symfony\\Component\\HttpFoundation\\' => __DIR__ . '/symfony/http-foundation/',
    ];
    foreach ($map as $prefix => $dir) {
        if (strncmp($class, $prefix, strlen($prefix)) === 0) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});

require_once __DIR__ . '/laravel/framework/src/Illuminate/Foundation/helpers.php';
