<?php

require __DIR__ . '/vendor/symfony/event-dispatcher.php';
require __DIR__ . '/vendor/symfony/messenger.php';
require __DIR__ . '/src/Message/TicketScanned.php';
require __DIR__ . '/src/Audit/ScanAuditTrail.php';
require __DIR__ . '/src/MessageHandler/TicketScannedHandler.php';
require __DIR__ . '/src/EventSubscriber/AuditFlushSubscriber.php';
require __DIR__ . '/src/Transport/GateFeedReceiver.php';

use App\Audit\ScanAuditTrail;
use App\EventSubscriber\AuditFlushSubscriber;
use App\Message\TicketScanned;
use App\MessageHandler\TicketScannedHandler;
use App\Transport\GateFeedReceiver;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\EventListener\StopWorkerOnMessageLimitListener;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

// bin/console messenger:consume gate_scans --limit=N
$audit = new ScanAuditTrail();
$bus = new MessageBus([
    TicketScanned::class => [new TicketScannedHandler($audit, [
        'north' => ['G1', 'G2'],
        'south' => ['G3', 'G4'],
        'east' => ['G7'],
        'hospitality' => ['VIP-A'],
    ])],
]);

$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new AuditFlushSubscriber($audit));
$dispatcher->addSubscriber(new StopWorkerOnMessageLimitListener((int) (getenv('PHPLEAK_N') ?: 100)));

$worker = new Worker(['gate_scans' => new GateFeedReceiver()], $bus, $dispatcher);
$worker->run(['sleep' => 0]);
