<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Handler\HandlersLocator;

class MessageBus
{
    public function __construct(private HandlersLocator $handlersLocator)
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message, $stamps);
        foreach ($this->handlersLocator->getHandlers($envelope) as $handler) {
            $handler($envelope->getMessage());
        }

        return $envelope;
    }
}
