<?php
// bin/console messenger:consume async_housekeeping
// Consumes room status changes sent by the housekeeping tablets, updates the
// room board and keeps an audit trail for the front office.

declare(strict_types=1);

require __DIR__ . '/vendor/symfony/event-dispatcher/EventDispatcher.php';
require __DIR__ . '/vendor/symfony/http-kernel/KernelEvents.php';
require __DIR__ . '/vendor/symfony/console/ConsoleEvents.php';
require __DIR__ . '/vendor/symfony/messenger/Envelope.php';
require __DIR__ . '/vendor/symfony/messenger/Event/WorkerEvents.php';
require __DIR__ . '/vendor/symfony/messenger/Worker.php';
require __DIR__ . '/src/Message/RoomStatusChanged.php';
require __DIR__ . '/src/Message/HousekeepingReceiver.php';
require __DIR__ . '/src/Housekeeping/RoomBoard.php';
require __DIR__ . '/src/Audit/HousekeepingAuditTrail.php';
require __DIR__ . '/src/EventSubscriber/FlushAuditTrailSubscriber.php';
require __DIR__ . '/src/MessageHandler/RoomStatusChangedHandler.php';

use App\Audit\AuditWriter;
use App\Audit\HousekeepingAuditTrail;
use App\EventSubscriber\FlushAuditTrailSubscriber;
use App\Housekeeping\RoomBoard;
use App\Message\HousekeepingReceiver;
use App\Message\RoomStatusChanged;
use App\MessageHandler\RoomStatusChangedHandler;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

// --- container compiled at boot -------------------------------------------
$rooms = [];
foreach ([1, 2, 3, 4] as $floor) {
    for ($r = 1; $r <= 18; $r++) {
        $rooms[] = sprintf('%d%02d', $floor, $r);
    }
}
$board = new RoomBoard($rooms);
$trail = new HousekeepingAuditTrail(new AuditWriter());

$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new FlushAuditTrailSubscriber($trail));

$bus = new MessageBus([
    RoomStatusChanged::class => [new RoomStatusChangedHandler($board, $trail)],
]);

$worker = new Worker(
    ['async_housekeeping' => new HousekeepingReceiver($rooms, (int) (getenv('PHPLEAK_N') ?: 100))],
    $bus,
    $dispatcher,
);
$worker->run();
