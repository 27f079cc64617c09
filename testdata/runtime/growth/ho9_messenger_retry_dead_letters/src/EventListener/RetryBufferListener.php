<?php

namespace App\EventListener;

use Symfony\Component\Messenger\Event\WorkerMessageFailedEvent;

final class RetryBufferListener
{
    private const MAX_PENDING = 25;

    private \SplQueue $pending;
    private \SplQueue $deadLetters;

    public function __construct()
    {
        $this->pending = new \SplQueue();
        $this->deadLetters = new \SplQueue();
    }

    public function onFailure(WorkerMessageFailedEvent $event): void
    {
        $this->pending->enqueue($event->getEnvelope());
        while ($this->pending->count() > self::MAX_PENDING) {
            $this->deadLetters->enqueue($this->pending->dequeue()); // leak
        }
    }
}
