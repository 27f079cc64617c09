<?php

namespace Symfony\Component\Messenger\Handler;

use Symfony\Component\Messenger\Envelope;

class HandlersLocator
{
    /** @var array<string, list<HandlerDescriptor>> */
    private array $handlers = [];

    /**
     * @param array<string, list<callable>> $handlers
     */
    public function __construct(array $handlers)
    {
        foreach ($handlers as $type => $list) {
            foreach ($list as $handler) {
                $this->handlers[$type][] = $handler instanceof HandlerDescriptor ? $handler : new HandlerDescriptor($handler);
            }
        }
    }

    public function getHandlers(Envelope $envelope): iterable
    {
        $class = $envelope->getMessage()::class;
        foreach ([$class => $class] + class_parents($class) + class_implements($class) + ['*' => '*'] as $type) {
            foreach ($this->handlers[$type] ?? [] as $handlerDescriptor) {
                yield $handlerDescriptor;
            }
        }
    }
}
