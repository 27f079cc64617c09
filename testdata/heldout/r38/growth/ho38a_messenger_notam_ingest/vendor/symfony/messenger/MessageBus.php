<?php

namespace Symfony\Component\Messenger;

/**
 * Stand-in for the message bus with the handle-message middleware and a
 * handlers locator keyed by message class.
 */
final class MessageBus
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message)->with(...$stamps);
        foreach ($this->handlers[$envelope->getMessage()::class] ?? [] as $handler) {
            $result = $handler($envelope->getMessage());
            $envelope = $envelope->with(new HandledStamp($result, get_debug_type($handler)));
        }
        return $envelope;
    }
}
