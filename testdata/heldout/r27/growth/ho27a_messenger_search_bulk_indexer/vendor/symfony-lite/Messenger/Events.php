<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Event;

use Symfony\Component\Messenger\Worker;

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
    public function __construct(private Worker $worker)
    {
    }

    public function getWorker(): Worker
    {
        return $this->worker;
    }
}
