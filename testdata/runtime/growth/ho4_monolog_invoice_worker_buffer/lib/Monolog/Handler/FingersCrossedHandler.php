<?php

declare(strict_types=1);

namespace Monolog\Handler;

use Monolog\Logger;
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

    /** @var list<array<string, mixed>> */
    private array $buffer = [];

    /**
     * @param int  $activationLevel The minimum logging level at which this handler will be triggered
     * @param int  $bufferSize      How many entries should be buffered at most, beyond that the oldest items are removed from the buffer.
     * @param bool $stopBuffering   Whether the handler should stop buffering after being triggered (default true)
     */
    public function __construct(
        private HandlerInterface $handler,
        private int $activationLevel = Logger::ERROR,
        private int $bufferSize = 0,
        private bool $stopBuffering = true,
        private ?int $passthruLevel = null,
    ) {
    }

    public function isHandling(array $record): bool
    {
        return true;
    }

    /**
     * Manually activate this logger regardless of the activation strategy.
     */
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
            if ($this->bufferSize > 0 && count($this->buffer) > $this->bufferSize) {
                array_shift($this->buffer);
            }
            if ($record['level'] >= $this->activationLevel) {
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

        if ($this->handler instanceof ResettableInterface) {
            $this->handler->reset();
        }
    }

    /**
     * Clears the buffer without flushing any messages down to the wrapped handler.
     */
    public function clear(): void
    {
        $this->buffer = [];
        $this->reset();
    }

    /**
     * Resets the state of the handler. Stops forwarding records to the wrapped handler.
     */
    private function flushBuffer(): void
    {
        if ($this->passthruLevel !== null) {
            $level = $this->passthruLevel;
            $this->buffer = array_values(array_filter($this->buffer, static fn (array $record): bool => $record['level'] >= $level));
            foreach ($this->buffer as $record) {
                $this->handler->handle($record);
            }
        }

        $this->buffer = [];
        $this->buffering = true;
    }
}
