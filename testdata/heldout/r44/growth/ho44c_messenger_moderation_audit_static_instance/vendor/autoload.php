<?php

// Composer-style PSR-4 autoloader (generated)

$__psr4 = [
    'Symfony\\Component\\Messenger\\' => __DIR__ . '/symfony/messenger/',
    'Symfony\\Component\\HttpKernel\\' => __DIR__ . '/symfony/http-kernel/',
    'Symfony\\Component\\EventDispatcher\\' => __DIR__ . '/symfony/event-dispatcher/',
    'Symfony\\Component\\DependencyInjection\\' => __DIR__ . '/symfony/dependency-injection/',
    'Symfony\\Contracts\\Service\\' => __DIR__ . '/symfony/service-contracts/',
    'Psr\\Container\\' => __DIR__ . '/psr/container/src/',
    'Doctrine\\DBAL\\' => __DIR__ . '/doctrine/dbal/src/',
    'App\\' => __DIR__ . '/../src/',
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
