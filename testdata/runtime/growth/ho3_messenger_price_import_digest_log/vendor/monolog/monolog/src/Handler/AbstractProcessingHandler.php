<?php

declare(strict_types=1);

namespace Monolog\Handler;

abstract class AbstractProcessingHandler
{
    public function __construct(protected int $level = 100, protected bool $bubble = true) {}

    public function isHandling(int $level): bool
    {
        return $level >= $this->level;
    }

    /**
     * @param array<string, mixed> $record
     */
    public function handle(array $record): bool
    {
        if (!$this->isHandling($record['level'])) {
            return false;
        }
        $record['formatted'] = sprintf('[%s] %s.%d: %s %s', $record['datetime']->format('c'), $record['channel'], $record['level'], $record['message'], json_encode($record['context']));
        $this->write($record);

        return $this->bubble === false;
    }

    public function close(): void
    {
    }

    /**
     * @param array<string, mixed> $record
     */
    abstract protected function write(array $record): void;
}

final class NullHandler extends AbstractProcessingHandler
{
    protected function write(array $record): void
    {
    }
}
