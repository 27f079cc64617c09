<?php

namespace Monolog;

final class Logger
{
    /** @var list<callable> */
    private array $processors = [];

    public function __construct(public readonly string $name, private readonly Handler\RotatingMemoryHandler $handler) {}

    public function pushProcessor(callable $processor): void
    {
        array_unshift($this->processors, $processor);
    }

    public function info(string $message, array $context = []): void
    {
        $this->addRecord('INFO', $message, $context);
    }

    public function notice(string $message, array $context = []): void
    {
        $this->addRecord('NOTICE', $message, $context);
    }

    private function addRecord(string $level, string $message, array $context): void
    {
        $record = ['channel' => $this->name, 'level' => $level, 'message' => $message, 'context' => $context, 'extra' => []];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        $this->handler->handle($record);
    }
}

namespace Monolog\Handler;

final class RotatingMemoryHandler
{
    /** @var list<array> */
    private array $records = [];

    public function __construct(private readonly int $keep) {}

    public function handle(array $record): void
    {
        $this->records[] = $record;
        if (count($this->records) > $this->keep) {
            $this->records = array_slice($this->records, -$this->keep);
        }
    }
}
