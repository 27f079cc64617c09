<?php

namespace App;

use App\Audit\AuditBuffer;
use App\Audit\AuditWriter;
use App\EventSubscriber\FlushAuditBufferSubscriber;
use App\Infrastructure\Connection;
use App\Infrastructure\ScannerFeedReceiver;
use App\Message\ShipmentScanned;
use App\MessageHandler\ShipmentScannedHandler;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\EventListener\StopWorkerOnMessageLimitListener;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

/** Hand-wired container for the consumer process. */
final class Kernel
{
    private array $parameters;
    private array $services = [];

    public function __construct(string $projectDir)
    {
        $this->parameters = require $projectDir . '/config/services.php';
    }

    public function get(string $id): object
    {
        return $this->services[$id] ??= match ($id) {
            Connection::class => new Connection(),
            AuditBuffer::class => new AuditBuffer(),
            AuditWriter::class => new AuditWriter(
                $this->get(Connection::class),
                $this->parameters['audit.table'],
                $this->parameters['audit.max_rows'],
            ),
            EventDispatcher::class => new EventDispatcher(),
            MessageBus::class => new MessageBus(new HandlersLocator([
                ShipmentScanned::class => [new ShipmentScannedHandler($this->get(Connection::class), $this->get(AuditBuffer::class))],
            ])),
        };
    }

    /** What `bin/console messenger:consume scans --limit=N` builds. */
    public function createWorker(int $limit): Worker
    {
        $dispatcher = $this->get(EventDispatcher::class);
        $dispatcher->addSubscriber(new FlushAuditBufferSubscriber($this->get(AuditBuffer::class), $this->get(AuditWriter::class)));
        $dispatcher->addSubscriber(new StopWorkerOnMessageLimitListener($limit));

        return new Worker(
            [$this->parameters['messenger.transport'] => new ScannerFeedReceiver()],
            $this->get(MessageBus::class),
            $dispatcher,
        );
    }
}
