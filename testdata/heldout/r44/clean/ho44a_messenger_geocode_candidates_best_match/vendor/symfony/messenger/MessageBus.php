<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackMiddleware;

class MessageBus implements MessageBusInterface
{
    /** @param iterable<MiddlewareInterface> $middlewareHandlers */
    public function __construct(private readonly iterable $middlewareHandlers = [])
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message, $stamps);
        $middlewares = [...$this->middlewareHandlers];
        if ($middlewares === []) {
            return $envelope;
        }
        $stack = new StackMiddleware($middlewares);

        return $stack->next()->handle($envelope, $stack);
    }
}
