<?php
// Stand-ins for Monolog's Logger and Registry: the registry hands out one
// logger per channel for the life of the process, and a logger keeps the
// processors pushed onto it until they are popped.

namespace Monolog;

class Logger
{
    private array $processors = [];

    public function __construct(private string $name)
    {
    }

    public function pushProcessor(callable $callback): static
    {
        array_unshift($this->processors, $callback);
        return $this;
    }

    public function popProcessor(): callable
    {
        return array_shift($this->processors);
    }

    public function info(string $message, array $context = []): void
    {
        $record = ['message' => $message, 'context' => $context, 'extra' => []];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
    }
}

final class Registry
{
    private static array $loggers = [];

    public static function getInstance(string $name): Logger
    {
        return self::$loggers[$name] ??= new Logger($name);
    }
}
