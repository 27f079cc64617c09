<?php

namespace Symfony\Component\Messenger;

interface MessageBusInterface
{
    public function dispatch(object $message, array $stamps = []): Envelope;
}

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    /** @return iterable<callable> */
    public function getHandlers(Envelope $envelope): iterable
    {
        return $this->handlers[$envelope->getMessage()::class] ?? [];
    }
}

final class MessageBus implements MessageBusInterface
{
    public function __construct(private HandlersLocator $locator)
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message, $stamps);
        foreach ($this->locator->getHandlers($envelope) as $handler) {
            $handler($envelope->getMessage());
        }

        return $envelope;
    }
}
