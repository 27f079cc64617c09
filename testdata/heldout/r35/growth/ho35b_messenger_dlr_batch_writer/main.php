<?php

// bin/console messenger:consume dlr --limit=N, supervised and restarted.

require __DIR__ . '/vendor/messenger-lite/Envelope.php';
require __DIR__ . '/vendor/messenger-lite/Event/Events.php';
require __DIR__ . '/vendor/messenger-lite/EventDispatcher.php';
require __DIR__ . '/vendor/messenger-lite/Worker.php';
require __DIR__ . '/vendor/dbal-lite/Connection.php';
require __DIR__ . '/src/Message/DeliveryReportReceived.php';
require __DIR__ . '/src/Dlr/DeliveryReportBuffer.php';
require __DIR__ . '/src/MessageHandler/DeliveryReportHandler.php';
require __DIR__ . '/src/EventSubscriber/FlushDeliveryReportsSubscriber.php';
require __DIR__ . '/src/SmscDlrReceiver.php';

use MessengerLite\EventDispatcher;
use MessengerLite\Worker;

$services = (require __DIR__ . '/config/services.php')();

$worker = new Worker($services['messenger.receivers'], $services['messenger.handlers'], $services[EventDispatcher::class]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker->run(['limit' => $n]);
