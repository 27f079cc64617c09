<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

/** Minimal stand-ins for symfony/messenger's bus, middleware stack and worker. */
interface StampInterface
{
}

final class Envelope
{
    /** @param list<StampInterface> $stamps */
    public function __construct(private readonly object $message, private readonly array $stamps = [])
    {
    }

    public function getMessage(): object
    {
        return $this->message;
    }

    /** @return list<StampInterface> */
    public function all(string $class): array
    {
        return array_values(array_filter($this->stamps, static fn (StampInterface $s): bool => $s instanceof $class));
    }

    public function last(string $class): ?StampInterface
    {
        $stamps = $this->all($class);

        return $stamps === [] ? null : end($stamps);
    }
}

final class TransportMessageIdStamp implements StampInterface
{
    public function __construct(public readonly string $id)
    {
    }
}

final class AmqpHeadersStamp implements StampInterface
{
    public function __construct(public readonly array $headers)
    {
    }
}

interface StackInterface
{
    public function next(): MiddlewareInterface;
}

interface MiddlewareInterface
{
    public function handle(Envelope $envelope, StackInterface $stack): Envelope;
}

final class StackMiddleware implements StackInterface, MiddlewareInterface
{
    private int $offset = 0;

    /** @param list<MiddlewareInterface> $middleware */
    public function __construct(private readonly array $middleware)
    {
    }

    public function next(): MiddlewareInterface
    {
        return $this->middleware[$this->offset++] ?? $this;
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        return $envelope;
    }
}

final class HandleMessageMiddleware implements MiddlewareInterface
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private readonly array $handlers)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $message = $envelope->getMessage();
        ($this->handlers[$message::class])($message);

        return $stack->next()->handle($envelope, $stack);
    }
}

final class MessageBus
{
    /** @param list<MiddlewareInterface> $middleware */
    public function __construct(private readonly array $middleware)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        $stack = new StackMiddleware($this->middleware);

        return $stack->next()->handle($envelope, $stack);
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
    public function __construct(
        private readonly ReceiverInterface $receiver,
        private readonly MessageBus $bus,
    ) {
    }

    public function run(): void
    {
        foreach ($this->receiver->get() as $envelope) {
            $this->receiver->ack($this->bus->dispatch($envelope));
        }
    }
}
