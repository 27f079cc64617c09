<?php

namespace Symfony\Component\Messenger\Middleware;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\Stamp\HandledStamp;

class HandleMessageMiddleware
{
    public function __construct(private HandlersLocator $handlersLocator, private bool $allowNoHandlers = false)
    {
    }

    /**
     * Stand-in: the middleware returns the envelope instead of calling the next one on a stack.
     */
    public function handle(Envelope $envelope): Envelope
    {
        $message = $envelope->getMessage();
        $handled = false;
        foreach ($this->handlersLocator->getHandlers($envelope) as $handlerDescriptor) {
            $result = $handlerDescriptor->getHandler()($message);
            $envelope = $envelope->with(HandledStamp::fromDescriptor($handlerDescriptor, $result));
            $handled = true;
        }
        if (!$handled && !$this->allowNoHandlers) {
            throw new \LogicException(sprintf('No handler for message "%s".', $message::class));
        }

        return $envelope;
    }
}
