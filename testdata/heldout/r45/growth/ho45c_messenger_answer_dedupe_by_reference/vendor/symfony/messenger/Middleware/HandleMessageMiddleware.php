<?php

namespace Symfony\Component\Messenger\Middleware;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Exception\HandlerFailedException;
use Symfony\Component\Messenger\Exception\NoHandlerForMessageException;
use Symfony\Component\Messenger\Handler\HandlersLocatorInterface;
use Symfony\Component\Messenger\Stamp\HandledStamp;

class HandleMessageMiddleware implements MiddlewareInterface
{
    public function __construct(private HandlersLocatorInterface $handlersLocator, private bool $allowNoHandlers = false)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $handled = false;
        $exceptions = [];
        foreach ($this->handlersLocator->getHandlers($envelope) as $descriptor) {
            try {
                $result = ($descriptor->getHandler())($envelope->getMessage());
                $envelope = $envelope->with(new HandledStamp($result, $descriptor->getName()));
                $handled = true;
            } catch (\Throwable $e) {
                $exceptions[] = $e;
            }
        }
        if ($exceptions !== []) {
            throw new HandlerFailedException($envelope, $exceptions);
        }
        if (!$handled && !$this->allowNoHandlers) {
            throw new NoHandlerForMessageException(sprintf('No handler for message "%s".', $envelope->getMessage()::class));
        }

        return $stack->next()->handle($envelope, $stack);
    }
}
