<?php

namespace Symfony\Component\Messenger\Handler;

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    /** @return iterable<callable> */
    public function getHandlers(object $message): iterable
    {
        return $this->handlers[$message::class] ?? [];
    }
}

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\Stamp\HandledStamp;

final class MessageBus
{
    public function __construct(private HandlersLocator $handlers)
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message, $stamps);
        foreach ($this->handlers->getHandlers($envelope->getMessage()) as $handler) {
            $result = $handler($envelope->getMessage());
            $envelope = $envelope->with(new HandledStamp($result, get_debug_type($handler)));
        }

        return $envelope;
    }
}
