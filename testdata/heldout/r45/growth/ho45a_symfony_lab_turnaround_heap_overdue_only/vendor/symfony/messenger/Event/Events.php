<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Event;

use Symfony\Component\Messenger\Envelope;

final class WorkerMessageHandledEvent
{
    public function __construct(private Envelope $envelope, private string $receiverName)
    {
    }

    public function getEnvelope(): Envelope
    {
        return $this->envelope;
    }
}

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
