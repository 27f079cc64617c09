<?php

namespace Symfony\Component\Messenger\Event;

use Symfony\Component\Messenger\Envelope;

final class WorkerMessageReceivedEvent
{
    public function __construct(public readonly Envelope $envelope, public readonly string $receiverName)
    {
    }
}

final class WorkerMessageHandledEvent
{
    public function __construct(public readonly Envelope $envelope, public readonly string $receiverName)
    {
    }
}

final class WorkerMessageFailedEvent
{
    public function __construct(public readonly Envelope $envelope, public readonly string $receiverName, public readonly \Throwable $error)
    {
    }
}

final class WorkerRunningEvent
{
    public function __construct(public readonly bool $isWorkerIdle)
    {
    }
}

final class WorkerStoppedEvent
{
}
