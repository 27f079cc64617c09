<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackMiddleware;

interface MessageBusInterface
{
    public function dispatch(object $message, array $stamps = []): Envelope;
}

class MessageBus implements MessageBusInterface
{
    /** @param iterable<MiddlewareInterface> $middlewareHandlers */
    public function __construct(private iterable $middlewareHandlers = [])
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message, $stamps);
        $middlewares = is_array($this->middlewareHandlers) ? $this->middlewareHandlers : iterator_to_array($this->middlewareHandlers, false);
        $stack = new StackMiddleware($middlewares);
        return $stack->next()->handle($envelope, $stack);
    }
}
