<?php
// Stand-in for Composer's autoloader: loads the framework stand-ins.
require __DIR__ . '/laravel/framework/src/Illuminate/Container/Container.php';
require __DIR__ . '/laravel/framework/src/Illuminate/Config/Repository.php';
require __DIR__ . '/laravel/framework/src/Illuminate/Support/Facades/Facade.php';
require __DIR__ . '/laravel/framework/src/Illuminate/Http/Request.php';
require __DIR__ . '/laravel/framework/src/Illuminate/Http/JsonResponse.php';
require __DIR__ . '/laravel/octane/src/Worker.php';

spl_autoload_register(static function (string $class): void {
    if (str_starts_with($class, 'App\\')) {
        $file = dirname(__DIR__) . '/app/' . str_replace('\\', '/', substr($class, 4)) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
