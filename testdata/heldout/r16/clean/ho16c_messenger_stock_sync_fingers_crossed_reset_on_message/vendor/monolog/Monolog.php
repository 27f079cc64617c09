<?php

declare(strict_types=1);

namespace Monolog;

use Symfony\Contracts\Service\ResetInterface;

interface HandlerInterface
{
    public function handle(array $record): void;
}

final class StreamHandler implements HandlerInterface
{
    public function handle(array $record): void
    {
        // fwrite(STDERR, ...) in production.
    }
}

/** Buffers records until one reaches the action level; bufferSize 0 means no limit. */
final class FingersCrossedHandler implements HandlerInterface, ResetInterface
{
    private array $buffer = [];
    private bool $buffering = true;

    public function __construct(private HandlerInterface $handler, private int $actionLevel = 400, private int $bufferSize = 0) {}

    public function handle(array $record): void
    {
        if (! $this->buffering) {
            $this->handler->handle($record);

            return;
        }

        $this->buffer[] = $record;
        if ($this->bufferSize > 0 && count($this->buffer) > $this->bufferSize) {
            array_shift($this->buffer);
        }

        if ($record['level'] >= $this->actionLevel) {
            $this->buffering = false;
            array_map($this->handler->handle(...), $this->buffer);
            $this->buffer = [];
        }
    }

    public function reset(): void
    {
        $this->buffer = [];
        $this->buffering = true;
    }
}

final class Logger
{
    /** @param list<HandlerInterface> $handlers */
    public function __construct(private string $channel, private array $handlers) {}

    public function info(string $message, array $context = []): void
    {
        $record = ['channel' => $this->channel, 'level' => 200, 'message' => $message, 'context' => $context, 'datetime' => microtime(true)];
        foreach ($this->handlers as $handler) {
            $handler->handle($record);
        }
    }
}
