<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackMiddleware;

class MessageBus implements MessageBusInterface
{
    /** @var list<MiddlewareInterface> */
    private array $middlewareHandlers;

    /** @param iterable<MiddlewareInterface> $middlewareHandlers */
    public function __construct(iterable $middlewareHandlers = [])
    {
        $this->middlewareHandlers = is_array($middlewareHandlers) ? array_values($middlewareHandlers) : iterator_to_array($middlewareHandlers, false);
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message, $stamps);
        $stack = new StackMiddleware($this->middlewareHandlers);

        return $stack->next()->handle($envelope, $stack);
    }
}
