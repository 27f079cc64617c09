<?php

declare(strict_types=1);

namespace App\Messenger;

/**
 * Pulls messages from a transport and hands them to their handler, notifying listeners after each one.
 */
final class Worker
{
    /** @var list<callable(object, ?\Throwable): void> */
    private array $afterHandleListeners = [];

    private int $handled = 0;

    /**
     * @param array<class-string, callable> $handlers
     */
    public function __construct(private array $handlers)
    {
    }

    /**
     * @param callable(object, ?\Throwable): void $listener
     */
    public function onMessageHandled(callable $listener): void
    {
        $this->afterHandleListeners[] = $listener;
    }

    /**
     * @param iterable<object> $messages
     */
    public function run(iterable $messages): void
    {
        foreach ($messages as $message) {
            $error = null;
            try {
                ($this->handlers[$message::class])($message);
                $this->handled++;
            } catch (\Throwable $e) {
                $error = $e;
            }

            foreach ($this->afterHandleListeners as $listener) {
                $listener($message, $error);
            }
        }
    }
}
