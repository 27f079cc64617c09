<?php

declare(strict_types=1);

require __DIR__ . '/vendor/monolog/monolog.php';
require __DIR__ . '/vendor/symfony/messenger.php';
require __DIR__ . '/src/Message/SyncCrmContact.php';
require __DIR__ . '/src/Crm/CrmApiClient.php';
require __DIR__ . '/src/MessageHandler/SyncCrmContactHandler.php';

use App\Crm\CrmApiClient;
use App\Message\CrmSyncReceiver;
use App\Message\SyncCrmContact;
use App\MessageHandler\SyncCrmContactHandler;
use Monolog\Handler\FingersCrossedHandler;
use Monolog\Handler\StreamHandler;
use Monolog\Level;
use Monolog\Logger;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\EventDispatcher;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

// bin/console messenger:consume crm_sync
// monolog.handlers.main: { type: fingers_crossed, action_level: error, handler: nested }
$logger = new Logger('messenger', [
    new FingersCrossedHandler(new StreamHandler('php://stderr'), Level::ERROR),
]);

$crm = new CrmApiClient('https://api.crm.example.test/v3', $logger);
$bus = new MessageBus([
    SyncCrmContact::class => new SyncCrmContactHandler($crm, $logger),
]);
$dispatcher = new EventDispatcher();

// framework.messenger.reset_on_message: services tagged kernel.reset are
// reset between two messages.
$resettable = [$logger];
$dispatcher->addListener(WorkerMessageHandledEvent::class, static function () use ($resettable): void {
    foreach ($resettable as $service) {
        $service->reset();
    }
});

$worker = new Worker(['crm_sync' => new CrmSyncReceiver((int) (getenv('PHPLEAK_N') ?: 100))], $bus, $dispatcher);
$worker->run();
