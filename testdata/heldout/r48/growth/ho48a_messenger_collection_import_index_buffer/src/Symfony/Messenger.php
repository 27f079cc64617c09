<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\EventDispatcher\EventDispatcher;

final class Envelope
{
    public function __construct(public readonly object $message, public readonly array $stamps = [])
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

final class WorkerStoppedEvent
{
}

final class KernelEvents
{
    public const TERMINATE = 'kernel.terminate';
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

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;
}

/** Stand-in for `messenger:consume`: pulls envelopes until the limit is reached. */
final class Worker
{
    public function __construct(
        private readonly array $receivers,
        private readonly MessageBus $bus,
        private readonly EventDispatcher $dispatcher,
    ) {
    }

    public function run(int $limit): void
    {
        $handled = 0;
        while ($handled < $limit) {
            foreach ($this->receivers as $name => $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $this->dispatcher->dispatch(new WorkerMessageReceivedEvent($envelope, $name));
                    $this->bus->dispatch($envelope);
                    $this->dispatcher->dispatch(new WorkerMessageHandledEvent($envelope, $name));
                    $handled++;
                }
            }
        }
        $this->dispatcher->dispatch(new WorkerStoppedEvent());
    }
}
