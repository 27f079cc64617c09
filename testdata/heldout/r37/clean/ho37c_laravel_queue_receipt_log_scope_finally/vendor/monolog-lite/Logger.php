<?php

namespace Monolog;

interface HandlerInterface
{
    public function handle(array $record): bool;
}

/** Keeps only the newest record, like a BufferHandler with bufferLimit 1 and overflow. */
final class LastRecordHandler implements HandlerInterface
{
    public ?array $last = null;

    public function handle(array $record): bool
    {
        $this->last = $record;

        return true;
    }
}

class Logger
{
    /** @var list<callable> */
    protected array $processors = [];

    /** @param list<HandlerInterface> $handlers */
    public function __construct(protected string $name, protected array $handlers = [])
    {
    }

    public function pushProcessor(callable $callback): static
    {
        array_unshift($this->processors, $callback);

        return $this;
    }

    public function popProcessor(): callable
    {
        if ($this->processors === []) {
            throw new \LogicException('You tried to pop from an empty processor stack.');
        }

        return array_shift($this->processors);
    }

    public function info(string $message, array $context = []): void
    {
        $this->addRecord('INFO', $message, $context);
    }

    public function warning(string $message, array $context = []): void
    {
        $this->addRecord('WARNING', $message, $context);
    }

    protected function addRecord(string $level, string $message, array $context): void
    {
        $record = ['channel' => $this->name, 'level' => $level, 'message' => $message, 'context' => $context, 'extra' => [], 'datetime' => microtime(true)];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
            break; // only the innermost scope applies, like a context stack
        }
        foreach ($this->handlers as $handler) {
            $handler->handle($record);
        }
    }
}
