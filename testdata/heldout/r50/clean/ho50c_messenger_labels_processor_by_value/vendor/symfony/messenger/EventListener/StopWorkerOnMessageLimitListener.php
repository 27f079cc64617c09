<?php

namespace Symfony\Component\Messenger\EventListener;

use Symfony\Component\Messenger\Event\WorkerRunningEvent;

final class StopWorkerOnMessageLimitListener
{
    private int $receivedMessages = 0;

    public function __construct(private int $maximumNumberOfMessages)
    {
    }

    public function onWorkerRunning(WorkerRunningEvent $event): void
    {
        if (!$event->isWorkerIdle() && ++$this->receivedMessages >= $this->maximumNumberOfMessages) {
            $this->receivedMessages = 0;
            $event->getWorker()->stop();
        }
    }
}
