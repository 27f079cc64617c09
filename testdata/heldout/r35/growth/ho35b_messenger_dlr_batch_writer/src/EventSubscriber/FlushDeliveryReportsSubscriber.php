<?php

namespace App\EventSubscriber;

use App\Dlr\DeliveryReportBuffer;
use MessengerLite\Event\WorkerRunningEvent;
use MessengerLite\EventSubscriberInterface;

final class FlushDeliveryReportsSubscriber implements EventSubscriberInterface
{
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
        // Write the batch when the queue goes quiet.
        if ($event->isWorkerIdle()) {
            $this->buffer->flush();
        }
    }
}
