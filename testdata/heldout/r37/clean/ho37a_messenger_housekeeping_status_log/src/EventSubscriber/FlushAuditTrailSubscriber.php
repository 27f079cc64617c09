<?php

namespace App\EventSubscriber;

use App\Audit\HousekeepingAuditTrail;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpKernel\KernelEvents;
use Symfony\Component\Messenger\Event\WorkerMessageFailedEvent;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;

final class FlushAuditTrailSubscriber implements EventSubscriberInterface
{
    public function __construct(private readonly HousekeepingAuditTrail $trail)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            KernelEvents::TERMINATE => 'flushTrail',
            WorkerMessageHandledEvent::class => 'flushTrail',
            WorkerMessageFailedEvent::class => 'flushTrail',
        ];
    }

    public function flushTrail(object $event): void
    {
        $this->trail->flush();
    }
}
