<?php

require_once __DIR__ . '/symfony/event-dispatcher-contracts/Event.php';
require_once __DIR__ . '/symfony/event-dispatcher-contracts/EventDispatcherInterface.php';
require_once __DIR__ . '/symfony/event-dispatcher/EventSubscriberInterface.php';
require_once __DIR__ . '/symfony/event-dispatcher/EventDispatcher.php';
require_once __DIR__ . '/symfony/service-contracts/ResetInterface.php';
require_once __DIR__ . '/symfony/messenger/Attribute/AsMessageHandler.php';
require_once __DIR__ . '/symfony/messenger/Stamp/StampInterface.php';
require_once __DIR__ . '/symfony/messenger/Stamp/HandledStamp.php';
require_once __DIR__ . '/symfony/messenger/Stamp/ReceivedStamp.php';
require_once __DIR__ . '/symfony/messenger/Envelope.php';
require_once __DIR__ . '/symfony/messenger/MessageBusInterface.php';
require_once __DIR__ . '/symfony/messenger/Handler/HandlersLocator.php';
require_once __DIR__ . '/symfony/messenger/MessageBus.php';
require_once __DIR__ . '/symfony/messenger/Transport/ReceiverInterface.php';
require_once __DIR__ . '/symfony/messenger/Event/WorkerMessageHandledEvent.php';
require_once __DIR__ . '/symfony/messenger/Event/WorkerRunningEvent.php';
require_once __DIR__ . '/symfony/messenger/Worker.php';
