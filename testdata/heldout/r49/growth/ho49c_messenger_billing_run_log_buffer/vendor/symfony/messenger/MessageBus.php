<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\Stamp\HandledStamp;

final class MessageBus
{
    public function __construct(private HandlersLocator $handlersLocator)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        foreach ($this->handlersLocator->getHandlers($envelope) as $handler) {
            $result = $handler($envelope->getMessage());
            $envelope = $envelope->with(new HandledStamp($result, get_debug_type($handler) . '::__invoke'));
        }

        return $envelope;
    }
}
