<?php

declare(strict_types=1);

namespace Vendor\Messenger;

final class Envelope
{
    /** @param array<string, string> $headers */
    public function __construct(public readonly object $message, public readonly array $headers = []) {}
}

interface MiddlewareInterface
{
    public function handle(Envelope $envelope, StackInterface $stack): Envelope;
}

interface StackInterface
{
    public function next(): MiddlewareInterface;
}

final class Stack implements StackInterface
{
    private int $offset = 0;

    /** @param list<MiddlewareInterface> $middlewares */
    public function __construct(private readonly array $middlewares) {}

    public function next(): MiddlewareInterface
    {
        return $this->middlewares[$this->offset++];
    }
}

final class HandleMessageMiddleware implements MiddlewareInterface
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private readonly array $handlers) {}

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        ($this->handlers[$envelope->message::class])($envelope->message);

        return $envelope;
    }
}

final class MessageBus
{
    /** @param list<MiddlewareInterface> $middlewares */
    public function __construct(private readonly array $middlewares) {}

    public function dispatch(Envelope $envelope): Envelope
    {
        $stack = new Stack($this->middlewares);

        return $stack->next()->handle($envelope, $stack);
    }
}

final class Worker
{
    /** @param \Closure(): ?Envelope $receiver */
    public function __construct(private readonly \Closure $receiver, private readonly MessageBus $bus) {}

    public function run(int $limit): void
    {
        for ($handled = 0; $handled < $limit && ($envelope = ($this->receiver)()) !== null; $handled++) {
            $this->bus->dispatch($envelope);
        }
    }
}
