<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Handler\HandledStamp;
use Symfony\Component\Messenger\Handler\HandlersLocator;

class MessageBus
{
    public function __construct(private HandlersLocator $locator)
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message, $stamps);
        foreach ($this->locator->getHandlers($envelope) as $handler) {
            $envelope = $envelope->with(new HandledStamp($handler($envelope->getMessage()), get_debug_type($handler)));
        }

        return $envelope;
    }
}
