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

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $message = $envelope->getMessage();
        foreach ($this->handlersLocator->getHandlers($envelope) as $handler) {
            $result = $handler($message);
            $envelope = $envelope->with(new HandledStamp($result, get_debug_type($handler) . '::__invoke'));
        }

        return $stack->next()->handle($envelope, $stack);
    }
}
