<?php

declare(strict_types=1);

namespace App\Messenger;

interface StampInterface
{
}

final class HandledStamp implements StampInterface
{
    public function __construct(
        public readonly mixed $result,
        public readonly string $handlerName,
    ) {
    }
}

final class TransportStamp implements StampInterface
{
    public function __construct(public readonly string $transport, public readonly string $messageId)
    {
    }
}

/** Immutable wrapper, as in symfony/messenger: with() returns a new envelope. */
final class Envelope
{
    /** @var array<class-string, list<StampInterface>> */
    private array $stamps = [];

    public function __construct(private readonly object $message, StampInterface ...$stamps)
    {
        foreach ($stamps as $stamp) {
            $this->stamps[$stamp::class][] = $stamp;
        }
    }

    public function with(StampInterface ...$stamps): static
    {
        $cloned = clone $this;
        foreach ($stamps as $stamp) {
            $cloned->stamps[$stamp::class][] = $stamp;
        }

        return $cloned;
    }

    public function last(string $stampFqcn): ?StampInterface
    {
        return isset($this->stamps[$stampFqcn]) ? end($this->stamps[$stampFqcn]) : null;
    }

    public function getMessage(): object
    {
        return $this->message;
    }
}

interface MiddlewareInterface
{
    public function handle(Envelope $envelope, StackInterface $stack): Envelope;
}

interface StackInterface
{
    public function next(): MiddlewareInterface;
}

final class MiddlewareStack implements StackInterface
{
    private int $offset = 0;

    /** @param list<MiddlewareInterface> $middleware */
    public function __construct(private readonly array $middleware)
    {
    }

    public function next(): MiddlewareInterface
    {
        return $this->middleware[$this->offset++];
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
        $stack = new MiddlewareStack($this->middleware);

        return $stack->next()->handle($envelope, $stack);
    }
}
