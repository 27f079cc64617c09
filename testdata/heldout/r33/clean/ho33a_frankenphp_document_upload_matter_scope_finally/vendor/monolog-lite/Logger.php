<?php

namespace Monolog\Lite;

interface HandlerInterface
{
    public function handle(array $record): void;
}

final class BufferlessNullHandler implements HandlerInterface
{
    public int $handled = 0;

    public function handle(array $record): void
    {
        $this->handled++;
    }
}

class Logger
{
    /** @var list<callable> */
    private array $processors = [];

    public function __construct(private string $channel, private HandlerInterface $handler)
    {
    }

    public function pushProcessor(callable $processor): void
    {
        array_unshift($this->processors, $processor);
    }

    public function info(string $message, array $context = []): void
    {
        $this->addRecord('INFO', $message, $context);
    }

    public function warning(string $message, array $context = []): void
    {
        $this->addRecord('WARNING', $message, $context);
    }

    private function addRecord(string $level, string $message, array $context): void
    {
        $record = ['channel' => $this->channel, 'level' => $level, 'message' => $message, 'context' => $context, 'extra' => []];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        $this->handler->handle($record);
    }
}
