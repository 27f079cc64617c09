<?php

namespace Monolog;

/** Trimmed stand-in for Monolog\Logger: processors stack, records go to handlers. */
class Logger
{
    /** @var list<callable> */
    protected array $processors = [];
    /** @var list<callable> */
    protected array $handlers = [];

    public function __construct(protected string $name)
    {
    }

    public function pushHandler(callable $handler): static
    {
        array_unshift($this->handlers, $handler);
        return $this;
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
        $record = ['channel' => $this->name, 'level' => $level, 'message' => $message, 'context' => $context, 'extra' => []];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        foreach ($this->handlers as $handler) {
            $handler($record);
        }
    }
}
