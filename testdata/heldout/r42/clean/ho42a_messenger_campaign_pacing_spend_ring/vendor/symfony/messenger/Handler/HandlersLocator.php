<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Handler;

use Symfony\Component\Messenger\Envelope;

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private readonly array $handlers)
    {
    }

    /** @return iterable<callable> */
    public function getHandlers(Envelope $envelope): iterable
    {
        return $this->handlers[$envelope->getMessage()::class] ?? [];
    }
}
