<?php

namespace Monolog\Handler;

/**
 * Buffers all records until closing the handler and then pass them as batch.
 */
class BufferHandler implements HandlerInterface
{
    protected array $buffer = [];
    protected int $bufferSize = 0;

    public function __construct(
        protected HandlerInterface $handler,
        protected int $bufferLimit = 0,
        protected bool $flushOnOverflow = false,
    ) {
    }

    public function handle(array $record): bool
    {
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
        return false;
    }

    public function flush(): void
    {
        foreach ($this->buffer as $record) {
            $this->handler->handle($record);
        }
        $this->clear();
    }

    public function clear(): void
    {
        $this->bufferSize = 0;
        $this->buffer = [];
    }

    public function reset(): void
    {
        $this->flush();
    }

    public function close(): void
    {
        $this->flush();
        $this->handler->close();
    }
}
