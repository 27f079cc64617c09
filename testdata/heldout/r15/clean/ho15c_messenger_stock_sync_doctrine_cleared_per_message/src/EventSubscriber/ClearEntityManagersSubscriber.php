<?php

declare(strict_types=1);

namespace App\EventSubscriber;

use Doctrine\Persistence\ManagerRegistry;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;

/** Backport of doctrine-bridge's DoctrineClearEntityManagerWorkerSubscriber for this 4.3 app. */
final class ClearEntityManagersSubscriber
{
    public function __construct(private ManagerRegistry $doctrine)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [WorkerMessageHandledEvent::class => 'onWorkerMessageHandled'];
    }

    public function onWorkerMessageHandled(WorkerMessageHandledEvent $event): void
    {
        foreach ($this->doctrine->getManagers() as $manager) {
            $manager->clear();
        }
    }
}
