<?php

require __DIR__ . '/psr/log/src/LoggerInterface.php';
require __DIR__ . '/monolog/monolog/src/Monolog/Level.php';
require __DIR__ . '/monolog/monolog/src/Monolog/LogRecord.php';
require __DIR__ . '/monolog/monolog/src/Monolog/Handler/HandlerInterface.php';
require __DIR__ . '/monolog/monolog/src/Monolog/Handler/StreamHandler.php';
require __DIR__ . '/monolog/monolog/src/Monolog/Handler/BufferHandler.php';
require __DIR__ . '/monolog/monolog/src/Monolog/Logger.php';
require __DIR__ . '/symfony/messenger/Envelope.php';
require __DIR__ . '/symfony/messenger/Stamp/HandledStamp.php';
require __DIR__ . '/symfony/messenger/Handler/HandlersLocator.php';
require __DIR__ . '/symfony/messenger/MessageBus.php';
require __DIR__ . '/symfony/messenger/Transport/InMemoryTransport.php';
require __DIR__ . '/symfony/messenger/Worker.php';
