<?php

use App\Database\Connection;
use App\EventListener\MessageLifecycleLogger;
use App\Logging\LabelsProcessorFactory;
use App\Message\ImportProductRow;
use App\MessageHandler\ImportProductRowHandler;
use App\Repository\ProductRepository;
use App\ServiceContainer;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerMessageFailedEvent;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Messenger\Event\WorkerMessageReceivedEvent;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;

return static function (ServiceContainer $c): void {
    $c->set(Logger::class, static function (ServiceContainer $c): Logger {
        $logging = $c->parameter('logging');
        $logger = new Logger('messenger', [new StreamHandler($logging['path'], $logging['level'])]);
        $logger->pushProcessor((new LabelsProcessorFactory($logging['labels']))->create());

        return $logger;
    });
    $c->set(Connection::class, static fn () => new Connection());
    $c->set(ProductRepository::class, static fn (ServiceContainer $c) => new ProductRepository($c->get(Connection::class)));
    $c->set(ImportProductRowHandler::class, static fn (ServiceContainer $c) => new ImportProductRowHandler(
        $c->get(ProductRepository::class),
        $c->get(Logger::class)->withName('import'),
    ));
    $c->set('messenger.bus.default', static fn (ServiceContainer $c) => new MessageBus([
        new HandleMessageMiddleware(new HandlersLocator([
            ImportProductRow::class => [$c->get(ImportProductRowHandler::class)],
        ])),
    ]));
    $c->set(EventDispatcher::class, static function (ServiceContainer $c): EventDispatcher {
        $dispatcher = new EventDispatcher();
        $lifecycle = new MessageLifecycleLogger($c->get(Logger::class));
        $dispatcher->addListener(WorkerMessageReceivedEvent::class, [$lifecycle, 'onReceived']);
        $dispatcher->addListener(WorkerMessageHandledEvent::class, [$lifecycle, 'onHandled']);
        $dispatcher->addListener(WorkerMessageFailedEvent::class, [$lifecycle, 'onFailed']);

        return $dispatcher;
    });
};
