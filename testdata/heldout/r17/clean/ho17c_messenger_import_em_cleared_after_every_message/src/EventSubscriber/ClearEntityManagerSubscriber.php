<?php

declare(strict_types=1);

namespace App\EventSubscriber;

use Lite\Messenger\EventSubscriberInterface;
use Lite\Messenger\WorkerEvent;
use Lite\Messenger\WorkerMessageFailedEvent;
use Lite\Messenger\WorkerMessageHandledEvent;
use Lite\Orm\ManagerRegistry;

/**
 * Detaches everything the handler loaded so that neither a failed row nor an
 * imported one stays in the unit of work for the next message.
 */
final class ClearEntityManagerSubscriber implements EventSubscriberInterface
{
    public function __construct(private readonly ManagerRegistry $registry)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            WorkerMessageHandledEvent::class => 'onWorkerMessageProcessed',
            WorkerMessageFailedEvent::class => 'onWorkerMessageProcessed',
        ];
    }

    public function onWorkerMessageProcessed(WorkerEvent $event): void
    {
        foreach ($this->registry->getManagers() as $manager) {
            $manager->clear();
        }
    }
}
