<?php

declare(strict_types=1);

// bin/console messenger:consume alerts — long-running consumer.

require __DIR__ . '/vendor/symfony/messenger/Messenger.php';
require __DIR__ . '/src/Message/ServiceAlertReceived.php';
require __DIR__ . '/src/Alerts/ServiceAlert.php';
require __DIR__ . '/src/Alerts/AlertBoard.php';
require __DIR__ . '/src/Support/ServiceLocator.php';
require __DIR__ . '/src/Alerts/Alerts.php';
require __DIR__ . '/src/Alerts/ServiceAlertFactory.php';
require __DIR__ . '/src/Handler/ServiceAlertReceivedHandler.php';
require __DIR__ . '/src/GtfsRtAlertReceiver.php';

use App\Alerts\AlertBoard;
use App\Alerts\ServiceAlertFactory;
use App\GtfsRtAlertReceiver;
use App\Handler\ServiceAlertReceivedHandler;
use App\Message\ServiceAlertReceived;
use App\Support\ServiceLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

ServiceLocator::register(AlertBoard::class, static fn (): AlertBoard => new AlertBoard());

$handler = new ServiceAlertReceivedHandler(new ServiceAlertFactory('de', new DateTimeZone('Europe/Zurich')));
$bus = new MessageBus([ServiceAlertReceived::class => [$handler]]);
$worker = new Worker(['alerts' => new GtfsRtAlertReceiver()], $bus);

$worker->run(['limit' => (int) (getenv('PHPLEAK_N') ?: 100)]);
