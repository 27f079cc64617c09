<?php

namespace Monolog\Handler;

use Monolog\HandlerInterface;
use Monolog\Level;
use Monolog\LogRecord;

/**
 * Buffers all records until a certain level is reached. With $bufferSize = 0
 * the buffer is unlimited.
 */
class FingersCrossedHandler implements HandlerInterface
{
    private bool $buffering = true;
    /** @var LogRecord[] */
    private array $buffer = [];
    private Level $activationLevel;

    public function __construct(
        private readonly HandlerInterface $handler,
        Level|string $activationStrategy = Level::Warning,
        private readonly int $bufferSize = 0,
        private readonly bool $bubble = true,
        private readonly bool $stopBuffering = true,
    ) {
        $this->activationLevel = $activationStrategy instanceof Level ? $activationStrategy : Level::fromName($activationStrategy);
    }

    public function isHandling(LogRecord $record): bool
    {
        return true;
    }

    public function activate(): void
    {
        if ($this->stopBuffering) {
            $this->buffering = false;
        }

        $this->handler->handleBatch($this->buffer);
        $this->buffer = [];
    }

    public function handle(LogRecord $record): bool
    {
        if ($this->buffering) {
            $this->buffer[] = $record;
            if ($this->bufferSize > 0 && \count($this->buffer) > $this->bufferSize) {
                array_shift($this->buffer);
            }
            if ($this->activationLevel->includes($record->level)) {
                $this->activate();
            }
        } else {
            $this->handler->handle($record);
        }

        return false === $this->bubble;
    }

    public function handleBatch(array $records): void
    {
        foreach ($records as $record) {
            $this->handle($record);
        }
    }

    public function reset(): void
    {
        $this->buffer = [];
        $this->buffering = true;
    }
}
