<?php

spl_autoload_register(function (string $class): void {
    $map = ['App\\' => '/../app/', 'Illuminate\\' => '/laravel/framework/src/Illuminate/', 'Laravel\\Octane\\' => '/laravel/octane/src/'];
    foreach ($map as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            require __DIR__ . $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        }
    }
});
