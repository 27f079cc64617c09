<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger\Middleware;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Handler\HandlersLocator;

final class HandledStamp
{
    public function __construct(public readonly mixed $result, public readonly string $handlerName)
    {
    }
}

final class HandleMessageMiddleware implements MiddlewareInterface
{
    public function __construct(private readonly HandlersLocator $handlersLocator)
    {
    }

    public function handle(Envelope $envelope, \Closure $next): Envelope
    {
        foreach ($this->handlersLocator->getHandlers($envelope) as $handler) {
            $result = $handler($envelope->getMessage());
            $envelope = $envelope->with(new HandledStamp($result, get_debug_type($handler)));
        }

        return $next($envelope);
    }
}
