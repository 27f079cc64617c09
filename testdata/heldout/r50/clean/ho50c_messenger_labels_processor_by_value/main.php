<?php

// bin/console messenger:consume async --limit=PHPLEAK_N
// One long-running consumer: container built once, messages handled until
// the limit listener stops the worker.

use App\ServiceContainer;
use App\Transport\ReplayReceiver;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;
use Symfony\Component\Messenger\EventListener\StopWorkerOnMessageLimitListener;
use Symfony\Component\Messenger\Worker;

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/ServiceContainer.php';
require __DIR__ . '/src/Logging/LabelsProcessorFactory.php';
require __DIR__ . '/src/Message/ImportProductRow.php';
require __DIR__ . '/src/Database/Connection.php';
require __DIR__ . '/src/Repository/ProductRepository.php';
require __DIR__ . '/src/MessageHandler/ImportProductRowHandler.php';
require __DIR__ . '/src/EventListener/MessageLifecycleLogger.php';
require __DIR__ . '/src/Transport/ReplayReceiver.php';

$limit = (int) (getenv('PHPLEAK_N') ?: 100);

$container = new ServiceContainer(['logging' => require __DIR__ . '/config/logging.php']);
(require __DIR__ . '/config/services.php')($container);

$dispatcher = $container->get(EventDispatcher::class);
$stopOnLimit = new StopWorkerOnMessageLimitListener($limit);
$dispatcher->addListener(WorkerRunningEvent::class, [$stopOnLimit, 'onWorkerRunning']);

$worker = new Worker(['async' => new ReplayReceiver($limit)], $container->get('messenger.bus.default'), $dispatcher);
$worker->run(['sleep' => 1000]);
