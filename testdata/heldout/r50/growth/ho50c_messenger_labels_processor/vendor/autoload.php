<?php

require_once __DIR__ . '/symfony/event-dispatcher/EventDispatcher.php';
require_once __DIR__ . '/symfony/messenger/Stamp/stamps.php';
require_once __DIR__ . '/symfony/messenger/Envelope.php';
require_once __DIR__ . '/symfony/messenger/Handler/HandlersLocator.php';
require_once __DIR__ . '/symfony/messenger/Middleware/middleware.php';
require_once __DIR__ . '/symfony/messenger/MessageBus.php';
require_once __DIR__ . '/symfony/messenger/Transport/Receiver/ReceiverInterface.php';
require_once __DIR__ . '/symfony/messenger/Worker.php';
require_once __DIR__ . '/symfony/messenger/Event/events.php';
require_once __DIR__ . '/symfony/messenger/EventListener/StopWorkerOnMessageLimitListener.php';
require_once __DIR__ . '/monolog/monolog/src/Handler/handlers.php';
require_once __DIR__ . '/monolog/monolog/src/Logger.php';
