<?php

namespace Monolog\Handler;

use Monolog\Level;
use Monolog\ResettableInterface;

/**
 * Buffers all records until a certain level is reached.
 *
 * The advantage of this approach is that you don't get any clutter in your log files.
 * Only requests which actually trigger an error (or whatever your actionLevel is) will be
 * in the logs, but they will contain all records, not only those above the level threshold.
 */
class FingersCrossedHandler implements HandlerInterface, ResettableInterface
{
    private bool $buffering = true;

    /** @var list<array> */
    private array $buffer = [];

    public function __construct(
        private HandlerInterface $handler,
        private int $actionLevel = Level::WARNING,
        private int $bufferSize = 0,
        private bool $stopBuffering = true,
    ) {
    }

    public function isHandling(array $record): bool
    {
        return true;
    }

    public function activate(): void
    {
        if ($this->stopBuffering) {
            $this->buffering = false;
        }
        foreach ($this->buffer as $record) {
            $this->handler->handle($record);
        }
        $this->buffer = [];
    }

    public function handle(array $record): bool
    {
        if ($this->buffering) {
            $this->buffer[] = $record; // leak
            if ($this->bufferSize > 0 && \count($this->buffer) > $this->bufferSize) {
                array_shift($this->buffer);
            }
            if ($record['level'] >= $this->actionLevel) {
                $this->activate();
            }
        } else {
            $this->handler->handle($record);
        }

        return false;
    }

    public function close(): void
    {
        $this->flushBuffer();
        $this->handler->close();
    }

    public function reset(): void
    {
        $this->flushBuffer();
    }

    public function clear(): void
    {
        $this->buffer = [];
        $this->buffering = true;
    }

    private function flushBuffer(): void
    {
        $this->buffer = [];
        $this->buffering = true;
    }
}
