<?php

namespace Symfony\Component\Messenger;

class MessageBus implements MessageBusInterface
{
    public function __construct(private iterable $middlewareHandlers = [])
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = $message instanceof Envelope ? $message : new Envelope($message, $stamps);
        foreach ($this->middlewareHandlers as $middleware) {
            $envelope = $middleware->handle($envelope);
        }

        return $envelope;
    }
}
