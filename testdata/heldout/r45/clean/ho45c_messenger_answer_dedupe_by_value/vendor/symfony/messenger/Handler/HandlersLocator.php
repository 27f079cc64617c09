<?php

namespace Symfony\Component\Messenger\Handler;

use Symfony\Component\Messenger\Envelope;

interface HandlersLocatorInterface
{
    /** @return iterable<int, HandlerDescriptor> */
    public function getHandlers(Envelope $envelope): iterable;
}

final class HandlerDescriptor
{
    private \Closure $handler;

    public function __construct(callable $handler, private array $options = [])
    {
        $this->handler = $handler(...);
    }

    public function getHandler(): callable
    {
        return $this->handler;
    }

    public function getName(): string
    {
        return $this->options['alias'] ?? 'handler';
    }
}

class HandlersLocator implements HandlersLocatorInterface
{
    /** @param array<class-string, list<callable|HandlerDescriptor>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function getHandlers(Envelope $envelope): iterable
    {
        $class = $envelope->getMessage()::class;
        foreach ([$class, ...array_values(class_parents($class)), ...array_values(class_implements($class)), '*'] as $type) {
            foreach ($this->handlers[$type] ?? [] as $handler) {
                yield $handler instanceof HandlerDescriptor ? $handler : new HandlerDescriptor($handler);
            }
        }
    }
}
