<?php

namespace Symfony\Component\Messenger\Event;

final class WorkerRunningEvent
{
    public function __construct(private bool $isWorkerIdle)
    {
    }

    public function isWorkerIdle(): bool
    {
        return $this->isWorkerIdle;
    }
}
