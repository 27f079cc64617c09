<?php

namespace Symfony\Component\Messenger\Event;

use Symfony\Component\Messenger\Worker;

/** Dispatched after the worker handled a message, or found no message (idle). */
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
