<?php
// Stand-in for Composer's autoloader.
$m = __DIR__ . '/symfony/messenger';
require $m . '/Stamp/StampInterface.php';
require $m . '/Stamp/Stamps.php';
require $m . '/Envelope.php';
require $m . '/Middleware/MiddlewareInterface.php';
require $m . '/Middleware/StackInterface.php';
require $m . '/Middleware/StackMiddleware.php';
require $m . '/Handler/HandlersLocator.php';
require $m . '/Middleware/HandleMessageMiddleware.php';
require $m . '/MessageBus.php';
require $m . '/Transport/ReceiverInterface.php';
require $m . '/Worker.php';
unset($m);

spl_autoload_register(static function (string $class): void {
    if (str_starts_with($class, 'App\\')) {
        $file = dirname(__DIR__) . '/src/' . str_replace('\\', '/', substr($class, 4)) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
