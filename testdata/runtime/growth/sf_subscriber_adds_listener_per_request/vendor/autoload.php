<?php

// Stand-in for Composer's autoloader (PSR-4 prefixes of the installed packages).
spl_autoload_register(static function (string $class): void {
    static $prefixes = [
        'Symfony\\Contracts\\EventDispatcher\\' => 'symfony/event-dispatcher-contracts/',
        'Symfony\\Contracts\\Service\\' => 'symfony/service-contracts/',
        'Symfony\\Component\\EventDispatcher\\' => 'symfony/event-dispatcher/',
        'Symfony\\Component\\HttpFoundation\\' => 'symfony/http-foundation/',
        'Symfony\\Component\\HttpKernel\\' => 'symfony/http-kernel/',
        'Symfony\\Component\\DependencyInjection\\' => 'symfony/dependency-injection/',
        'Symfony\\Component\\Routing\\' => 'symfony/routing/',
        'Symfony\\Component\\Messenger\\' => 'symfony/messenger/',
        'Symfony\\Component\\Console\\' => 'symfony/console/',
        'Symfony\\Component\\Config\\' => 'symfony/config/',
        'Symfony\\Bundle\\FrameworkBundle\\' => 'symfony/framework-bundle/',
    ];
    foreach ($prefixes as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = __DIR__.'/'.$dir.str_replace('\\', '/', substr($class, \strlen($prefix))).'.php';
            if (is_file($file)) {
                require $file;
            }

            return;
        }
    }
});
