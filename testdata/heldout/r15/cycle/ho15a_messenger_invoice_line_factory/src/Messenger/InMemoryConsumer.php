<?php

declare(strict_types=1);

namespace Billing\Messenger;

/**
 * Minimal stand-in for a messenger:consume worker: pulls envelopes from a
 * transport and hands them to the handler registered for their class.
 */
final class InMemoryConsumer
{
    /** @var array<class-string, callable> */
    private array $handlers = [];

    public function register(string $messageClass, callable $handler): void
    {
        $this->handlers[$messageClass] = $handler;
    }

    /**
     * @param iterable<object> $transport
     */
    public function consume(iterable $transport): void
    {
        foreach ($transport as $message) {
            $handler = $this->handlers[$message::class] ?? null;
            if ($handler === null) {
                continue;
            }
            $handler($message);
        }
    }
}
