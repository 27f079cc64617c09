<?php

namespace Symfony\Component\Messenger;

final class Envelope
{
    public function __construct(public readonly object $message, public readonly array $stamps = [])
    {
    }
}

/** In-memory transport: get() hands out what send() queued, ack() forgets it. */
final class InMemoryTransport
{
    private \SplQueue $queue;

    public function __construct()
    {
        $this->queue = new \SplQueue();
    }

    public function send(Envelope $envelope): void
    {
        $this->queue->enqueue($envelope);
    }

    public function get(): ?Envelope
    {
        return $this->queue->isEmpty() ? null : $this->queue->dequeue();
    }
}

final class MessageBus
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private InMemoryTransport $transport, private array $handlers = [])
    {
    }

    public function addHandler(string $messageClass, callable $handler): void
    {
        $this->handlers[$messageClass] = $handler;
    }

    public function dispatch(object $message, array $stamps = []): void
    {
        $this->transport->send(new Envelope($message, $stamps));
    }

    public function handle(Envelope $envelope): void
    {
        ($this->handlers[$envelope->message::class])($envelope->message);
    }
}

/** messenger:consume loop */
final class Worker
{
    public function __construct(private InMemoryTransport $transport, private MessageBus $bus)
    {
    }

    public function run(\Iterator $incoming): void
    {
        foreach ($incoming as $message) {
            $this->bus->dispatch($message);
            while ($envelope = $this->transport->get()) {
                $this->bus->handle($envelope);
            }
        }
    }
}
