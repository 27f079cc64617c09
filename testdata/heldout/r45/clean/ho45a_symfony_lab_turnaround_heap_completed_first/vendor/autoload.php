<?php

declare(strict_types=1);

// composer dump-autoload --classmap-authoritative
$messenger = __DIR__ . '/symfony/messenger';
require_once $messenger . '/Stamp/Stamps.php';
require_once $messenger . '/Envelope.php';
require_once $messenger . '/Attribute/AsMessageHandler.php';
require_once $messenger . '/Handler/HandlersLocator.php';
require_once $messenger . '/Middleware/Middleware.php';
require_once $messenger . '/MessageBus.php';
require_once $messenger . '/Transport/Receiver/ReceiverInterface.php';
require_once $messenger . '/Event/Events.php';
require_once $messenger . '/Worker.php';

$src = __DIR__ . '/../src';
require_once $src . '/Message/LabOrderPlaced.php';
require_once $src . '/Message/LabResultReceived.php';
require_once $src . '/Lab/TurnaroundDeadline.php';
require_once $src . '/Lab/DeadlineHeap.php';
require_once $src . '/Lab/OverdueEscalator.php';
require_once $src . '/Lab/TurnaroundWatcher.php';
require_once $src . '/MessageHandler/LabOrderPlacedHandler.php';
require_once $src . '/MessageHandler/LabResultReceivedHandler.php';
require_once $src . '/Transport/LisHl7Receiver.php';
require_once $src . '/Kernel.php';
