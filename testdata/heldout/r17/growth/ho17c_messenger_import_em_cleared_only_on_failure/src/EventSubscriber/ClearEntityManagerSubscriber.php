<?php

declare(strict_types=1);

namespace App\EventSubscriber;

use Lite\Messenger\EventSubscriberInterface;
use Lite\Messenger\WorkerMessageFailedEvent;
use Lite\Orm\ManagerRegistry;

/**
 * Detaches everything the handler loaded so that a failed row does not leave
 * half-built entities in the unit of work for the next message.
 */
final class ClearEntityManagerSubscriber implements EventSubscriberInterface
{
    public function __construct(private readonly ManagerRegistry $registry)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            WorkerMessageFailedEvent::class => 'onWorkerMessageFailed',
        ];
    }

    public function onWorkerMessageFailed(WorkerMessageFailedEvent $event): void
    {
        foreach ($this->registry->getManagers() as $manager) {
            $manager->clear();
        }
    }
}
