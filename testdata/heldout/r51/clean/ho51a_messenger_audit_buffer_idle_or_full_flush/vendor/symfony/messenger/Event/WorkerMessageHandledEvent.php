<?php

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

    public function getReceiverName(): string
    {
        return $this->receiverName;
    }
}
