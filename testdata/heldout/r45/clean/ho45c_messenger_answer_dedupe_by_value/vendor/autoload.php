<?php

// composer autoload (classmap subset)
require_once __DIR__ . '/symfony/messenger/Stamp/StampInterface.php';
require_once __DIR__ . '/symfony/messenger/Stamp/stamps.php';
require_once __DIR__ . '/symfony/messenger/Envelope.php';
require_once __DIR__ . '/symfony/messenger/MessageBusInterface.php';
require_once __DIR__ . '/symfony/messenger/Exception/exceptions.php';
require_once __DIR__ . '/symfony/messenger/Middleware/MiddlewareInterface.php';
require_once __DIR__ . '/symfony/messenger/Middleware/StackMiddleware.php';
require_once __DIR__ . '/symfony/messenger/Handler/HandlersLocator.php';
require_once __DIR__ . '/symfony/messenger/Middleware/HandleMessageMiddleware.php';
require_once __DIR__ . '/symfony/messenger/MessageBus.php';
require_once __DIR__ . '/symfony/messenger/Attribute/AsMessageHandler.php';
require_once __DIR__ . '/symfony/messenger/Transport/Receiver/ReceiverInterface.php';
require_once __DIR__ . '/symfony/messenger/Worker.php';
