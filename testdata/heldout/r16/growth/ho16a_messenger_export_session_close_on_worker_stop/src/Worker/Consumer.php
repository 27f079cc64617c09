<?php

declare(strict_types=1);

namespace Shop\Worker;

/** Stand-in for the queue worker loop (`queue:work` / `messenger:consume`). */
final class Consumer
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(
        private readonly array $handlers,
        private readonly WorkerLifecycle $lifecycle,
    ) {
    }

    /** @param iterable<object> $messages */
    public function consume(iterable $messages): void
    {
        foreach ($messages as $message) {
            ($this->handlers[$message::class])($message);
            $this->lifecycle->messageHandled();
        }
    }
}
