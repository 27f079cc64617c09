<?php

namespace Monolog;

class Logger
{
    private array $processors = [];
    private array $records = [];

    public function __construct(private string $name)
    {
    }

    public function pushProcessor(callable $callback): self
    {
        array_unshift($this->processors, $callback); // leak

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
        $this->records[] = count($record['extra']);
        if (count($this->records) > 10) {
            array_shift($this->records);
        }
    }
}
