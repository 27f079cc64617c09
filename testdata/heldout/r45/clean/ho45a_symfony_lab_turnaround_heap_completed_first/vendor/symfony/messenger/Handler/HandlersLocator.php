<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Handler;

use Symfony\Component\Messenger\Envelope;

class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    /** @return iterable<string, callable> */
    public function getHandlers(Envelope $envelope): iterable
    {
        $class = $envelope->getMessage()::class;
        foreach ($this->handlers[$class] ?? [] as $i => $handler) {
            yield $class . '#' . $i => $handler;
        }
    }
}
