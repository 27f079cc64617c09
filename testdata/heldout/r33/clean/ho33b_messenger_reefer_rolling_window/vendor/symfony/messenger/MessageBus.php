<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Handler\HandlersLocator;

final class HandledStamp
{
    public function __construct(public readonly mixed $result, public readonly string $handlerName)
    {
    }
}

class MessageBus
{
    public function __construct(private readonly HandlersLocator $locator)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        foreach ($this->locator->getHandlers($envelope) as $handler) {
            $envelope = $envelope->with(new HandledStamp($handler($envelope->getMessage()), get_debug_type($handler)));
        }

        return $envelope;
    }
}
