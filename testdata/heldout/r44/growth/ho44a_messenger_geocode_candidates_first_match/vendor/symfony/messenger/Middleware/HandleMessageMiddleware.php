<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Middleware;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Exception\NoHandlerForMessageException;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\Stamp\HandledStamp;

class HandleMessageMiddleware implements MiddlewareInterface
{
    public function __construct(private readonly HandlersLocator $handlersLocator, private readonly bool $allowNoHandlers = false)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $handled = false;
        foreach ($this->handlersLocator->getHandlers($envelope) as $name => $handler) {
            $envelope = $envelope->with(new HandledStamp($handler($envelope->getMessage()), $name));
            $handled = true;
        }
        if (!$handled && !$this->allowNoHandlers) {
            throw new NoHandlerForMessageException('No handler for message "' . $envelope->getMessage()::class . '".');
        }

        return $stack->next()->handle($envelope, $stack);
    }
}
