<?php

spl_autoload_register(static function (string $class): void {
    static $map = [
        'Symfony\\Component\\Messenger\\' => __DIR__ . '/symfony/messenger/',
        'Symfony\\Component\\EventDispatcher\\' => __DIR__ . '/symfony/event-dispatcher/',
        'App\\' => __DIR__ . '/../src/',
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
