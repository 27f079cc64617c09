<?php

declare(strict_types=1);

namespace Acme\Messenger;

/**
 * Consumes envelopes one at a time and hands each message to the handler
 * registered for its class.
 */
final class Worker
{
    private int $handled = 0;
    private int $failed = 0;

    /** @param array<class-string, callable> $handlers */
    public function __construct(private readonly array $handlers)
    {
    }

    public function handle(Envelope $envelope): mixed
    {
        $handler = $this->handlers[$envelope->message::class] ?? null;
        if ($handler === null) {
            $this->failed++;

            return null;
        }

        try {
            $result = $handler($envelope->message);
            $this->handled++;

            return $result;
        } catch (\Throwable) {
            $this->failed++;

            return null;
        }
    }
}
