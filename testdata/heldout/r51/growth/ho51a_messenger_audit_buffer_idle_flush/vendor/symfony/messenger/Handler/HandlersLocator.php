<?php

namespace Symfony\Component\Messenger\Handler;

use Symfony\Component\Messenger\Envelope;

class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    /** @return iterable<callable> */
    public function getHandlers(Envelope $envelope): iterable
    {
        return $this->handlers[$envelope->getMessage()::class] ?? [];
    }
}
