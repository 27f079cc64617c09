<?php

namespace Symfony\Component\Messenger\Middleware;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Handler\HandlersLocator;

class HandleMessageMiddleware
{
    public function __construct(private HandlersLocator $handlersLocator)
    {
    }

    public function handle(Envelope $envelope): Envelope
    {
        foreach ($this->handlersLocator->getHandlers($envelope->getMessage()) as $handler) {
            $handler($envelope->getMessage());
        }

        return $envelope;
    }
}
