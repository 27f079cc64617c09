<?php

namespace MessengerLite;

final class MessageBus
{
    /** @param array<class-string, callable[]> $handlers */
    public function __construct(private readonly array $handlers)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        $message = $envelope->getMessage();
        foreach ($this->handlers[$message::class] ?? [] as $name => $handler) {
            try {
                $handler($message);
            } catch (\Throwable $e) {
                throw new HandlerFailedException($envelope, $e);
            }
            $envelope = $envelope->with(new HandledStamp((string) $name));
        }

        return $envelope;
    }
}
