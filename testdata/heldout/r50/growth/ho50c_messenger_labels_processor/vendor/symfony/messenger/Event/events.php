<?php

namespace Symfony\Component\Messenger\Event;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Worker;

abstract class AbstractWorkerMessageEvent
{
    public function __construct(private Envelope $envelope, private string $receiverName)
    {
    }

    public function getEnvelope(): Envelope
    {
        return $this->envelope;
    }

    public function getReceiverName(): string
    {
        return $this->receiverName;
    }
}

final class WorkerMessageReceivedEvent extends AbstractWorkerMessageEvent
{
}

final class WorkerMessageHandledEvent extends AbstractWorkerMessageEvent
{
}

final class WorkerMessageFailedEvent extends AbstractWorkerMessageEvent
{
    public function __construct(Envelope $envelope, string $receiverName, private \Throwable $error)
    {
        parent::__construct($envelope, $receiverName);
    }

    public function getThrowable(): \Throwable
    {
        return $this->error;
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
