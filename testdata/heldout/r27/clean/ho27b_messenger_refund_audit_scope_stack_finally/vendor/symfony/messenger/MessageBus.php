<?php

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Stamp\HandledStamp;

interface MessageBusInterface
{
    public function dispatch(object $message, array $stamps = []): Envelope;
}

interface MiddlewareInterface
{
    public function handle(Envelope $envelope, callable $next): Envelope;
}

final class HandlersLocator
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private array $handlers)
    {
    }

    /** @return list<callable> */
    public function getHandlers(Envelope $envelope): array
    {
        return $this->handlers[$envelope->getMessage()::class] ?? [];
    }
}

final class HandleMessageMiddleware implements MiddlewareInterface
{
    public function __construct(private HandlersLocator $handlersLocator)
    {
    }

    public function handle(Envelope $envelope, callable $next): Envelope
    {
        foreach ($this->handlersLocator->getHandlers($envelope) as $handler) {
            $result = $handler($envelope->getMessage());
            $envelope = $envelope->with(new HandledStamp($result, get_debug_type($handler)));
        }

        return $next($envelope);
    }
}

final class MessageBus implements MessageBusInterface
{
    /** @param list<MiddlewareInterface> $middleware */
    public function __construct(private array $middleware)
    {
    }

    public function dispatch(object $message, array $stamps = []): Envelope
    {
        $envelope = Envelope::wrap($message, $stamps);
        $stack = array_reduce(
            array_reverse($this->middleware),
            static fn (callable $next, MiddlewareInterface $m) => static fn (Envelope $e) => $m->handle($e, $next),
            static fn (Envelope $e) => $e,
        );

        return $stack($envelope);
    }
}
