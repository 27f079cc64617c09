<?php

declare(strict_types=1);

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

class HandleMessageMiddleware implements MiddlewareInterface
{
    public function __construct(private HandlersLocator $handlersLocator, private bool $allowNoHandlers = false)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $handled = false;
        foreach ($this->handlersLocator->getHandlers($envelope) as $name => $handler) {
            $result = $handler($envelope->getMessage());
            $envelope = $envelope->with(new HandledStamp($result, $name));
            $handled = true;
        }
        if (!$handled && !$this->allowNoHandlers) {
            throw new \LogicException('No handler for message "' . $envelope->getMessage()::class . '".');
        }
        return $stack->next()->handle($envelope, $stack);
    }
}
