<?php

namespace AcmeMessenger;

use AcmeMessenger\Event\WorkerMessageFailedEvent;
use AcmeMessenger\Event\WorkerMessageHandledEvent;
use AcmeMessenger\Event\WorkerMessageReceivedEvent;

final class Worker
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(
        private iterable $receiver,
        private array $handlers,
        private EventDispatcher $dispatcher,
        private string $transport = 'async',
    ) {
    }

    public function run(): void
    {
        foreach ($this->receiver as $message) {
            $this->dispatcher->dispatch(new WorkerMessageReceivedEvent($message, $this->transport));
            try {
                ($this->handlers[$message::class])($message);
                $this->dispatcher->dispatch(new WorkerMessageHandledEvent($message, $this->transport));
            } catch (\Throwable $e) {
                $this->dispatcher->dispatch(new WorkerMessageFailedEvent($message, $this->transport, $e));
            }
        }
    }
}
