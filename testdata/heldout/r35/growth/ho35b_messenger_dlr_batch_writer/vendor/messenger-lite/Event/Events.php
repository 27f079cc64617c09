<?php

namespace MessengerLite\Event;

use MessengerLite\Envelope;
use MessengerLite\Worker;

final class WorkerMessageHandledEvent
{
    public function __construct(public readonly Envelope $envelope, public readonly string $receiverName)
    {
    }
}

final class WorkerRunningEvent
{
    public function __construct(private Worker $worker, private bool $isWorkerIdle)
    {
    }

    public function getWorker(): Worker
    {
        return $this->worker;
    }

    public function isWorkerIdle(): bool
    {
        return $this->isWorkerIdle;
    }
}

final class WorkerStoppedEvent
{
    public function __construct(public readonly Worker $worker)
    {
    }
}
