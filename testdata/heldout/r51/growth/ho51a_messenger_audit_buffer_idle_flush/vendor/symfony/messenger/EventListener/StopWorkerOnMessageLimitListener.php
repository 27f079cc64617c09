<?php

namespace Symfony\Component\Messenger\EventListener;

use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;
use Symfony\Component\Messenger\Event\WorkerStartedEvent;

class StopWorkerOnMessageLimitListener implements EventSubscriberInterface
{
    private int $receivedMessages = 0;

    public function __construct(private int $maximumNumberOfMessages)
    {
    }

    public function onWorkerStarted(): void
    {
        $this->receivedMessages = 0;
    }

    public function onWorkerRunning(WorkerRunningEvent $event): void
    {
        if (!$event->isWorkerIdle() && ++$this->receivedMessages >= $this->maximumNumberOfMessages) {
            $this->receivedMessages = 0;
            $event->getWorker()->stop();
        }
    }

    public static function getSubscribedEvents(): array
    {
        return [
            WorkerStartedEvent::class => 'onWorkerStarted',
            WorkerRunningEvent::class => ['onWorkerRunning', 10],
        ];
    }
}
