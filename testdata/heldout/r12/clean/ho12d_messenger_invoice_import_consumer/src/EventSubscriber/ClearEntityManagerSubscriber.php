<?php

declare(strict_types=1);

namespace App\EventSubscriber;

use App\Messenger\EventSubscriberInterface;
use App\Messenger\WorkerMessageFailedEvent;
use App\Messenger\WorkerMessageHandledEvent;
use Doctrine\Persistence\ManagerRegistry;

/**
 * Keeps Doctrine's managers from carrying state from one message to the next.
 */
final class ClearEntityManagerSubscriber implements EventSubscriberInterface
{
    public function __construct(private ManagerRegistry $registry)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            WorkerMessageHandledEvent::class => 'onWorkerMessageHandled',
            WorkerMessageFailedEvent::class => 'onWorkerMessageFailed',
        ];
    }

    public function onWorkerMessageHandled(): void
    {
        $this->clearEntityManagers();
    }

    public function onWorkerMessageFailed(): void
    {
        $this->clearEntityManagers();
    }

    private function clearEntityManagers(): void
    {
        foreach ($this->registry->getManagers() as $manager) {
            $manager->clear();
        }
    }
}
