<?php

namespace Symfony\Component\Messenger {

    final class Envelope
    {
        public function __construct(public readonly object $message, public readonly array $stamps = [])
        {
        }

        public function getMessage(): object
        {
            return $this->message;
        }
    }

    /** Maps a message class to its handler service (built once by the container). */
    final class HandlersLocator
    {
        /** @param array<class-string, callable> $handlers */
        public function __construct(private array $handlers)
        {
        }

        public function getHandler(Envelope $envelope): callable
        {
            return $this->handlers[$envelope->getMessage()::class]
                ?? throw new \LogicException('No handler for ' . $envelope->getMessage()::class);
        }
    }

    /**
     * The long-running `messenger:consume` loop: services live as long as the
     * worker; each envelope is handled and the worker events are dispatched.
     */
    final class Worker
    {
        /** @param iterable<Envelope> $receiver */
        public function __construct(
            private iterable $receiver,
            private HandlersLocator $handlers,
            private \Symfony\Component\EventDispatcher\EventDispatcher $dispatcher,
        ) {
        }

        public function run(): void
        {
            $this->dispatcher->dispatch(new Event\WorkerStartedEvent($this));
            foreach ($this->receiver as $envelope) {
                $this->dispatcher->dispatch(new Event\WorkerMessageReceivedEvent($envelope, 'async'));
                ($this->handlers->getHandler($envelope))($envelope->getMessage());
                $this->dispatcher->dispatch(new Event\WorkerMessageHandledEvent($envelope, 'async'));
                $this->dispatcher->dispatch(new Event\WorkerRunningEvent($this, false));
            }
            $this->dispatcher->dispatch(new Event\WorkerStoppedEvent($this));
        }
    }
}

namespace Symfony\Component\Messenger\Event {

    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Worker;

    final class WorkerStartedEvent
    {
        public function __construct(public readonly Worker $worker)
        {
        }
    }

    final class WorkerStoppedEvent
    {
        public function __construct(public readonly Worker $worker)
        {
        }
    }

    final class WorkerRunningEvent
    {
        public function __construct(public readonly Worker $worker, public readonly bool $isIdle)
        {
        }
    }

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
}
