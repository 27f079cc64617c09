<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\Stamp\HandledStamp;

/**
 * Bus reduced to the handle_message middleware.
 */
class MessageBus implements MessageBusInterface
{
    public function __construct(private HandlersLocator $handlersLocator)
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message, $stamps);
        foreach ($this->handlersLocator->getHandlers($envelope) as [$handler, $name]) {
            $result = $handler($envelope->getMessage());
            $envelope = $envelope->with(new HandledStamp($result, $name));
        }

        return $envelope;
    }
}
