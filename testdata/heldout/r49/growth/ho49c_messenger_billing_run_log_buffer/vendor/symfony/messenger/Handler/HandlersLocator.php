<?php

namespace Symfony\Component\Messenger\Handler;

use Symfony\Component\Messenger\Envelope;

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    /** @return iterable<callable> */
    public function getHandlers(Envelope $envelope): iterable
    {
        yield from $this->handlers[$envelope->getMessage()::class] ?? [];
    }
}
