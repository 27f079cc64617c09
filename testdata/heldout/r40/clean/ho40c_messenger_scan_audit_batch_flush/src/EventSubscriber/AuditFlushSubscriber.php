<?php

namespace App\EventSubscriber;

use App\Audit\ScanAuditTrail;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;

final class AuditFlushSubscriber implements EventSubscriberInterface
{
    private const BATCH_SIZE = 50;

    public function __construct(private ScanAuditTrail $trail)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [WorkerRunningEvent::class => 'onWorkerRunning'];
    }

    public function onWorkerRunning(WorkerRunningEvent $event): void
    {
        // write in bulk: a full batch during the doors rush, the rest once the queue runs dry
        if ($event->isWorkerIdle() || $this->trail->pendingCount() >= self::BATCH_SIZE) {
            $this->trail->flush();
        }
    }
}
