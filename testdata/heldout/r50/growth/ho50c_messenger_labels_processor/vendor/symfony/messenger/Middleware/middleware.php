<?php

namespace Symfony\Component\Messenger\Middleware;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\Stamp\HandledStamp;

interface StackInterface
{
    public function next(): MiddlewareInterface;
}

interface MiddlewareInterface
{
    public function handle(Envelope $envelope, StackInterface $stack): Envelope;
}

final class StackMiddleware implements MiddlewareInterface, StackInterface
{
    private int $offset = 0;

    /** @param list<MiddlewareInterface> $middlewares */
    public function __construct(private array $middlewares = [])
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
    public function __construct(private HandlersLocator $handlersLocator)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        foreach ($this->handlersLocator->getHandlers($envelope) as $name => $handler) {
            $envelope = $envelope->with(new HandledStamp($handler($envelope->getMessage()), $name));
        }

        return $stack->next()->handle($envelope, $stack);
    }
}
