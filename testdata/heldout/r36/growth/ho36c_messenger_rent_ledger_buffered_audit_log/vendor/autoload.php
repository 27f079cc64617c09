<?php

require_once __DIR__ . '/monolog/monolog/src/Monolog/Handler/HandlerInterface.php';
require_once __DIR__ . '/monolog/monolog/src/Monolog/Handler/StreamHandler.php';
require_once __DIR__ . '/monolog/monolog/src/Monolog/Handler/BufferHandler.php';
require_once __DIR__ . '/monolog/monolog/src/Monolog/Logger.php';
require_once __DIR__ . '/symfony/event-dispatcher/EventDispatcher.php';
require_once __DIR__ . '/symfony/messenger/Envelope.php';
require_once __DIR__ . '/symfony/messenger/InMemoryTransport.php';
require_once __DIR__ . '/symfony/messenger/Worker.php';

spl_autoload_register(static function (string $class): void {
    if (str_starts_with($class, 'App\\')) {
        $file = dirname(__DIR__) . '/src/' . str_replace('\\', '/', substr($class, 4)) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
