<?php

namespace App\EventListener;

use App\Transport\FailedPaymentsTransport;
use Symfony\Component\Messenger\Event\WorkerMessageFailedEvent;

final class RetryBufferListener
{
    private const MAX_PENDING = 25;

    private \SplQueue $pending;

    public function __construct(private FailedPaymentsTransport $failureTransport)
    {
        $this->pending = new \SplQueue();
    }

    public function onFailure(WorkerMessageFailedEvent $event): void
    {
        $this->pending->enqueue($event->getEnvelope());
        while ($this->pending->count() > self::MAX_PENDING) {
            $this->failureTransport->send($this->pending->dequeue());
        }
    }
}
