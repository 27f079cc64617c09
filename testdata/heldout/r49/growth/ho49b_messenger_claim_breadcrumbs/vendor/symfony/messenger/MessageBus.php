<?php
namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Middleware\StackMiddleware;

class MessageBus
{
    /** @param list<\Symfony\Component\Messenger\Middleware\MiddlewareInterface> $middlewareHandlers */
    public function __construct(private iterable $middlewareHandlers = [])
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message, $stamps);
        $stack = new StackMiddleware(is_array($this->middlewareHandlers) ? $this->middlewareHandlers : iterator_to_array($this->middlewareHandlers, false));

        return $stack->next()->handle($envelope, $stack);
    }
}
