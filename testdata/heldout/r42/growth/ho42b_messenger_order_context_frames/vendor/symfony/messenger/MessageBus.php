<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackMiddleware;

final class MessageBus
{
    /** @param list<MiddlewareInterface> $middleware */
    public function __construct(private readonly array $middleware)
    {
    }

    public function dispatch(object $message): Envelope
    {
        $envelope = Envelope::wrap($message);
        $stack = new StackMiddleware($this->middleware);

        return $stack->next()->handle($envelope, $stack);
    }
}
