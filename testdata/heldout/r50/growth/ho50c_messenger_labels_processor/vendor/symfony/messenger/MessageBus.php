<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackMiddleware;

final class MessageBus
{
    /** @param list<MiddlewareInterface> $middlewareHandlers */
    public function __construct(private array $middlewareHandlers = [])
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message, $stamps);
        $stack = new StackMiddleware($this->middlewareHandlers);

        return $stack->next()->handle($envelope, $stack);
    }
}
