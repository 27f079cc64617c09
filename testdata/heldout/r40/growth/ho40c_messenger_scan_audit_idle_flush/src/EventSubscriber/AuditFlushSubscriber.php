<?php

namespace App\EventSubscriber;

use App\Audit\ScanAuditTrail;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;

final class AuditFlushSubscriber implements EventSubscriberInterface
{
    public function __construct(private ScanAuditTrail $trail)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [WorkerRunningEvent::class => 'onWorkerRunning'];
    }

    public function onWorkerRunning(WorkerRunningEvent $event): void
    {
        // write in bulk once the doors rush is over and the queue runs dry
        if ($event->isWorkerIdle()) {
            $this->trail->flush();
        }
    }
}
