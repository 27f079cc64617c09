<?php

namespace App\EventSubscriber;

use App\Dlr\DeliveryReportBuffer;
use MessengerLite\Event\WorkerRunningEvent;
use MessengerLite\EventSubscriberInterface;

final class FlushDeliveryReportsSubscriber implements EventSubscriberInterface
{
    private const MAX_ROWS = 100;

    public function __construct(private DeliveryReportBuffer $buffer)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            WorkerRunningEvent::class => 'onWorkerRunning',
        ];
    }

    public function onWorkerRunning(WorkerRunningEvent $event): void
    {
        // Write the batch when the queue goes quiet or the INSERT is big enough.
        if ($event->isWorkerIdle() || $this->buffer->size() >= self::MAX_ROWS) {
            $this->buffer->flush();
        }
    }
}
