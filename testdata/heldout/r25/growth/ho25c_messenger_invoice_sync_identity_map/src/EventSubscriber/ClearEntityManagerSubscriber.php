<?php

namespace App\EventSubscriber;

use AcmeMessenger\Event\WorkerEvents;
use AcmeMessenger\EventSubscriberInterface;
use AcmeOrm\EntityManager;

/**
 * Clears the unit of work after every message so that entities loaded
 * for one message are not kept for the lifetime of the worker.
 */
final class ClearEntityManagerSubscriber implements EventSubscriberInterface
{
    /** @param array<string, EntityManager> $managers */
    public function __construct(private array $managers)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            WorkerEvents::MESSAGE_HANDLED => 'clearEntityManagers',
            WorkerEvents::MESSAGE_FAILED => 'clearEntityManagers',
        ];
    }

    public function clearEntityManagers(object $event): void
    {
        foreach ($this->managers as $manager) {
            $manager->clear();
        }
    }
}
