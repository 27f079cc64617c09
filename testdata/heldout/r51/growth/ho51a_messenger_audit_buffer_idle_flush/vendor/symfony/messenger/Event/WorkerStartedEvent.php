<?php

namespace Symfony\Component\Messenger\Event;

use Symfony\Component\Messenger\Worker;

final class WorkerStartedEvent
{
    public function __construct(private Worker $worker)
    {
    }

    public function getWorker(): Worker
    {
        return $this->worker;
    }
}
