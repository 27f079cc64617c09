<?php

namespace MessengerLite;

use MessengerLite\Event\WorkerMessageHandledEvent;
use MessengerLite\Event\WorkerRunningEvent;
use MessengerLite\Event\WorkerStoppedEvent;

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;
}

final class Worker
{
    private bool $shouldStop = false;
    private int $handled = 0;

    /**
     * @param array<string, ReceiverInterface> $receivers
     * @param array<class-string, callable> $handlers
     */
    public function __construct(
        private array $receivers,
        private array $handlers,
        private EventDispatcher $dispatcher,
    ) {
    }

    public function run(array $options = []): void
    {
        $limit = $options['limit'] ?? PHP_INT_MAX;
        while (!$this->shouldStop) {
            $envelopeHandled = false;
            foreach ($this->receivers as $name => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $envelopeHandled = true;
                    ($this->handlers[$envelope->getMessage()::class])($envelope->getMessage());
                    $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope, $name));
                    if (++$this->handled >= $limit) {
                        $this->stop();
                    }
                }
                if ($this->shouldStop) {
                    break;
                }
            }
            $this->dispatcher->dispatch(new WorkerRunningEvent($this, !$envelopeHandled));
        }
        $this->dispatcher->dispatch(new WorkerStoppedEvent($this));
    }

    public function stop(): void
    {
        $this->shouldStop = true;
    }
}
