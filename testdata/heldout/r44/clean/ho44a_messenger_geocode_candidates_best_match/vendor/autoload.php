<?php

declare(strict_types=1);

require_once __DIR__ . '/symfony/messenger/Stamp/StampInterface.php';
require_once __DIR__ . '/symfony/messenger/Stamp/ReceivedStamp.php';
require_once __DIR__ . '/symfony/messenger/Stamp/HandledStamp.php';
require_once __DIR__ . '/symfony/messenger/Envelope.php';
require_once __DIR__ . '/symfony/messenger/Attribute/AsMessageHandler.php';
require_once __DIR__ . '/symfony/messenger/Exception/NoHandlerForMessageException.php';
require_once __DIR__ . '/symfony/messenger/Handler/HandlersLocator.php';
require_once __DIR__ . '/symfony/messenger/Middleware/MiddlewareInterface.php';
require_once __DIR__ . '/symfony/messenger/Middleware/StackInterface.php';
require_once __DIR__ . '/symfony/messenger/Middleware/StackMiddleware.php';
require_once __DIR__ . '/symfony/messenger/Middleware/HandleMessageMiddleware.php';
require_once __DIR__ . '/symfony/messenger/MessageBusInterface.php';
require_once __DIR__ . '/symfony/messenger/MessageBus.php';
require_once __DIR__ . '/symfony/messenger/Transport/Receiver/ReceiverInterface.php';
require_once __DIR__ . '/symfony/messenger/Worker.php';
require_once __DIR__ . '/symfony/amqp-messenger/Transport/AmqpReceiver.php';
