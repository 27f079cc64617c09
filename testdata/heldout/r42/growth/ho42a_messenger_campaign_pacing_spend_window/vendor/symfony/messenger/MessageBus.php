<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Middleware\MiddlewareInterface;

final class MessageBus
{
    /** @param list<MiddlewareInterface> $middleware */
    public function __construct(private readonly array $middleware)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        $next = static fn (Envelope $envelope): Envelope => $envelope;
        foreach (array_reverse($this->middleware) as $middleware) {
            $next = static fn (Envelope $envelope): Envelope => $middleware->handle($envelope, $next);
        }

        return $next($envelope);
    }
}
