<?php

namespace Symfony\Component\Messenger\Middleware;

use Symfony\Component\Messenger\Envelope;

interface MiddlewareInterface
{
    public function handle(Envelope $envelope, StackInterface $stack): Envelope;
}

interface StackInterface
{
    public function next(): MiddlewareInterface;
}

final class StackMiddleware implements StackInterface, MiddlewareInterface
{
    private int $offset = 0;

    /** @param list<MiddlewareInterface> $middlewares */
    public function __construct(private array $middlewares)
    {
    }

    public function next(): MiddlewareInterface
    {
        return $this->middlewares[$this->offset++] ?? $this;
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        return $envelope;
    }
}

final class HandleMessageMiddleware implements MiddlewareInterface
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $message = $envelope->getMessage();
        ($this->handlers[$message::class])($message);

        return $stack->next()->handle($envelope, $stack);
    }
}
