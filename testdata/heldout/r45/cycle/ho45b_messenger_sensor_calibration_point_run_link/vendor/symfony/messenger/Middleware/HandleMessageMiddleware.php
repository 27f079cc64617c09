<?php

namespace Symfony\Component\Messenger\Middleware;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\Stamp\HandledStamp;

class HandleMessageMiddleware implements MiddlewareInterface
{
    public function __construct(private HandlersLocator $handlersLocator)
    {
    }

    public function handle(Envelope $envelope): Envelope
    {
        $message = $envelope->getMessage();
        foreach ($this->handlersLocator->getHandlers($envelope) as $name => $handler) {
            $result = $handler($message);
            $envelope = $envelope->with(new HandledStamp(is_scalar($result) ? $result : null, $name));
        }
        return $envelope;
    }
}
