<?php

namespace Monolog\Handler;

use Monolog\Level;
use Monolog\LogRecord;

/**
 * Buffers all records until closing the handler and then passes them as
 * batch. With $bufferLimit > 0 only the last $bufferLimit records are kept
 * (or the buffer is flushed when full, with $flushOnOverflow).
 */
class BufferHandler implements HandlerInterface
{
    /** @var list<LogRecord> */
    protected array $buffer = [];
    protected int $bufferSize = 0;
    protected bool $initialized = false;

    public function __construct(
        protected HandlerInterface $handler,
        protected int $bufferLimit = 0,
        protected Level $level = Level::Debug,
        protected bool $bubble = true,
        protected bool $flushOnOverflow = false,
    ) {
    }

    public function isHandling(LogRecord $record): bool
    {
        return !$record->level->isLowerThan($this->level);
    }

    public function handle(LogRecord $record): bool
    {
        if ($record->level->isLowerThan($this->level)) {
            return false;
        }

        if (!$this->initialized) {
            // __destruct() doesn't get called on fatal errors
            register_shutdown_function([$this, 'close']);
            $this->initialized = true;
        }

        if ($this->bufferLimit > 0 && $this->bufferSize === $this->bufferLimit) {
            if ($this->flushOnOverflow) {
                $this->flush();
            } else {
                array_shift($this->buffer);
                $this->bufferSize--;
            }
        }

        $this->buffer[] = $record; // leak
        $this->bufferSize++;

        return false === $this->bubble;
    }

    public function handleBatch(array $records): void
    {
        foreach ($records as $record) {
            $this->handle($record);
        }
    }

    public function flush(): void
    {
        if ($this->bufferSize === 0) {
            return;
        }
        $this->handler->handleBatch($this->buffer);
        $this->clear();
    }

    public function clear(): void
    {
        $this->bufferSize = 0;
        $this->buffer = [];
    }

    public function close(): void
    {
        $this->flush();
        $this->handler->close();
    }

    public function __destruct()
    {
        // suppress errors here as it may be called during shutdown
    }
}
