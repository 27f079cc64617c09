<?php
// The messenger:consume command runs a worker that sends shipment e-mails; the handler logs through Monolog with a fingers-crossed handler in front of the log stream.

require_once __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/src/Message/ShipmentDispatched.php';
require_once __DIR__ . '/src/Transport/WarehouseEventsReceiver.php';
require_once __DIR__ . '/src/MessageHandler/SendShipmentNotificationHandler.php';
require_once __DIR__ . '/src/Command/ConsumeMessagesCommand.php';

use App\Command\ConsumeMessagesCommand;
use App\MessageHandler\SendShipmentNotificationHandler;
use App\Transport\WarehouseEventsReceiver;
use Monolog\Handler\FingersCrossedHandler;
use Monolog\Handler\StreamHandler;
use Monolog\Level;
use Monolog\Logger;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\HttpKernel\DependencyInjection\ServicesResetter;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$logger = new Logger('messenger', [
    new FingersCrossedHandler(new StreamHandler('php://stderr', Level::DEBUG), Level::ERROR),
]);
$resetter = new ServicesResetter(['monolog.logger.messenger' => $logger], ['monolog.logger.messenger' => 'reset']);
$bus = new MessageBus(HandlersLocator::fromTaggedServices(new SendShipmentNotificationHandler($logger)));

$command = new ConsumeMessagesCommand($bus, new EventDispatcher(), $resetter);
$command->execute(['warehouse_events' => new WarehouseEventsReceiver($n)], [
    'limit' => $n,
    'time-limit' => 3600,
    'memory-limit' => '256M',
    'no-reset' => true,
]);
