<?php

namespace Symfony\Component\Messenger;

final class Envelope
{
    /** @param array<string, object> $stamps */
    public function __construct(private object $message, private array $stamps = [])
    {
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    public function with(string $name, object $stamp): self
    {
        $clone = clone $this;
        $clone->stamps[$name] = $stamp;

        return $clone;
    }
}

final class HandledStamp
{
    public function __construct(public readonly mixed $result, public readonly string $handlerName)
    {
    }
}

final class MessageBus
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        $message = $envelope->getMessage();
        foreach ($this->handlers[$message::class] ?? [] as $handler) {
            $envelope = $envelope->with(HandledStamp::class, new HandledStamp($handler($message), get_debug_type($handler)));
        }

        return $envelope;
    }
}

interface ReceiverInterface
{
    /** @return iterable<Envelope> */
    public function get(): iterable;

    public function ack(Envelope $envelope): void;
}

final class Worker
{
    private bool $shouldStop = false;

    /** @param array<string, ReceiverInterface> $receivers */
    public function __construct(private array $receivers, private MessageBus $bus)
    {
    }

    public function run(): void
    {
        while (!$this->shouldStop) {
            $handled = false;
            foreach ($this->receivers as $receiver) {
                foreach ($receiver->get() as $envelope) {
                    $handled = true;
                    $this->bus->dispatch($envelope);
                    $receiver->ack($envelope);
                }
            }
            if (!$handled) {
                $this->stop();
            }
        }
    }

    public function stop(): void
    {
        $this->shouldStop = true;
    }
}
