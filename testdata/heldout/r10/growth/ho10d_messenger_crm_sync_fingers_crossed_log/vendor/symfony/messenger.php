<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Event
{
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
}

namespace Symfony\Component\Messenger
{
    use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
    use Symfony\Component\Messenger\Event\WorkerMessageReceivedEvent;

    final class Envelope
    {
        public function __construct(public readonly object $message, public readonly array $stamps = [])
        {
        }
    }

    interface ReceiverInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;

        public function ack(Envelope $envelope): void;
    }

    final class EventDispatcher
    {
        private array $listeners = [];

        public function addListener(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener;
        }

        public function dispatch(object $event): object
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                $listener($event);
            }

            return $event;
        }
    }

    final class MessageBus
    {
        /** @param array<class-string, callable> $handlers */
        public function __construct(private readonly array $handlers)
        {
        }

        public function dispatch(Envelope $envelope): Envelope
        {
            ($this->handlers[$envelope->message::class])($envelope->message);

            return $envelope;
        }
    }

    final class Worker
    {
        private bool $shouldStop = false;

        /** @param array<string, ReceiverInterface> $receivers */
        public function __construct(
            private readonly array $receivers,
            private readonly MessageBus $bus,
            private readonly EventDispatcher $dispatcher,
        ) {
        }

        public function run(): void
        {
            while (!$this->shouldStop) {
                $envelopeHandled = false;
                foreach ($this->receivers as $name => $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $envelopeHandled = true;
                        $this->dispatcher->dispatch(new WorkerMessageReceivedEvent($envelope, $name));
                        $this->bus->dispatch($envelope);
                        $receiver->ack($envelope);
                        $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope, $name));
                    }
                }
                if (!$envelopeHandled) {
                    $this->shouldStop = true;
                }
            }
        }
    }
}
