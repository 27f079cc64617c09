<?php

declare(strict_types=1);

namespace App\Logging;

enum Level: int
{
    case Debug = 100;
    case Info = 200;
    case Warning = 300;
    case Error = 400;
}

final class Logger
{
    /** @var array<string, callable(array): array> */
    private array $processors = [];
    private int $bytesWritten = 0;

    public function __construct(
        private readonly string $channel,
        private readonly Level $minLevel = Level::Info,
    ) {
    }

    /**
     * Registers (or replaces) a named record processor.
     */
    public function setProcessor(string $name, callable $processor): void
    {
        $this->processors[$name] = $processor;
    }

    public function removeProcessor(string $name): void
    {
        unset($this->processors[$name]);
    }

    public function log(Level $level, string $message, array $context = []): void
    {
        if ($level->value < $this->minLevel->value) {
            return;
        }

        $record = ['channel' => $this->channel, 'level' => $level->name, 'message' => $message, 'context' => $context, 'extra' => []];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }

        $this->bytesWritten += strlen(json_encode($record));
    }

    public function debug(string $message, array $context = []): void
    {
        $this->log(Level::Debug, $message, $context);
    }

    public function warning(string $message, array $context = []): void
    {
        $this->log(Level::Warning, $message, $context);
    }
}
