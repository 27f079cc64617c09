<?php

namespace App\EventSubscriber;

use App\Audit\AuditBuffer;
use App\Audit\AuditWriter;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;

final class FlushAuditBufferSubscriber implements EventSubscriberInterface
{
    public function __construct(private AuditBuffer $buffer, private AuditWriter $writer)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [WorkerRunningEvent::class => 'onWorkerRunning'];
    }

    public function onWorkerRunning(WorkerRunningEvent $event): void
    {
        if (!$this->buffer->isDue($event->isWorkerIdle())) {
            return;
        }

        $this->writer->write($this->buffer->drain());
    }
}
