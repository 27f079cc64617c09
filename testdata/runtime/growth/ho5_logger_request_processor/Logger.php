<?php

interface HandlerInterface
{
    public function handle(array $record): void;
}

final class BufferHandler implements HandlerInterface
{
    private array $buffer = [];
    public int $flushed = 0;

    public function handle(array $record): void
    {
        $this->buffer[] = $record;
        if (count($this->buffer) >= 20) {
            $this->flush();
        }
    }

    public function flush(): void
    {
        $this->flushed += count($this->buffer);
        $this->buffer = [];
    }
}

final class Logger
{
    /** @var callable[] */
    private array $processors = [];

    /** @param HandlerInterface[] $handlers */
    public function __construct(private string $channel, private array $handlers) {}

    public function pushProcessor(callable $processor): self
    {
        array_unshift($this->processors, $processor); // leak
        return $this;
    }

    public function info(string $message, array $context = []): void
    {
        $record = ['channel' => $this->channel, 'level' => 'INFO', 'message' => $message, 'context' => $context, 'extra' => []];
        foreach ($this->processors as $processor) {
            $record = $processor($record);
        }
        foreach ($this->handlers as $handler) {
            $handler->handle($record);
        }
    }
}
