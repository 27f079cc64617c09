<?php

namespace Monolog\Handler;

interface HandlerInterface
{
    public function handle(array $record): bool;
    public function close(): void;
}

namespace Monolog;

use Monolog\Handler\HandlerInterface;

class Logger
{
    /** @param HandlerInterface[] $handlers */
    public function __construct(private string $name, private array $handlers = []) {}

    public function info(string $message, array $context = []): void
    {
        $record = ['channel' => $this->name, 'level' => 'INFO', 'message' => $message, 'context' => $context, 'datetime' => '2024-05-01T12:00:00+00:00'];
        foreach ($this->handlers as $handler) {
            $handler->handle($record);
        }
    }

    public function close(): void
    {
        foreach ($this->handlers as $handler) {
            $handler->close();
        }
    }
}
