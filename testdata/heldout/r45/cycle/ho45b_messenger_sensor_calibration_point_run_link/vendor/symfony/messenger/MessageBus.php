<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Middleware\MiddlewareInterface;

class MessageBus implements MessageBusInterface
{
    /** @param iterable<MiddlewareInterface> $middlewareHandlers */
    public function __construct(private iterable $middlewareHandlers = [])
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message, $stamps);
        foreach ($this->middlewareHandlers as $middleware) {
            $envelope = $middleware->handle($envelope);
        }
        return $envelope;
    }
}
