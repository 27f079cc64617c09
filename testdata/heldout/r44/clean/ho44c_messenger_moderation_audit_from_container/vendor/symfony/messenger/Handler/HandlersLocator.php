<?php

namespace Symfony\Component\Messenger\Handler;

class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    public function getHandlers(object $message): iterable
    {
        return $this->handlers[$message::class] ?? [];
    }
}
