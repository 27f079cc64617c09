<?php

namespace Acme\Bus;

final class MessageBus
{
    private array $handlers = [];

    public function addHandler(string $class, callable $handler): void
    {
        $this->handlers[$class][] = $handler;
    }

    public function dispatch(object $message): void
    {
        foreach ($this->handlers[$message::class] ?? [] as $handler) {
            $handler($message);
        }
    }
}

final class Worker
{
    public function __construct(private MessageBus $bus)
    {
    }

    public function run(iterable $messages): void
    {
        foreach ($messages as $message) {
            $this->bus->dispatch($message);
        }
    }
}
