<?php

namespace Monolog;

class Logger
{
    /** @var list<callable> */
    protected array $processors = [];
    private int $written = 0;

    public function __construct(protected string $name) {}

    public function pushProcessor(callable $callback): static
    {
        array_unshift($this->processors, $callback); // leak
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
        $record = ['channel' => $this->name, 'message' => $message, 'context' => $context, 'extra' => []];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        $this->written += strlen(json_encode($record)) > 0 ? 1 : 0;
    }
}
