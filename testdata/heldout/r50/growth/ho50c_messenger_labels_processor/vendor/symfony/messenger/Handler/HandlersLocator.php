<?php

namespace Symfony\Component\Messenger\Handler;

use Symfony\Component\Messenger\Envelope;

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    /** @return iterable<string, callable> */
    public function getHandlers(Envelope $envelope): iterable
    {
        foreach ($this->handlers[$envelope->getMessage()::class] ?? [] as $handler) {
            yield $handler::class . '::__invoke' => $handler;
        }
    }
}
