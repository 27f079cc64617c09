<?php

namespace Symfony\Component\Messenger\Exception;

class UnrecoverableMessageHandlingException extends \RuntimeException
{
}

namespace Symfony\Component\Messenger\Middleware;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Stamp\HandledStamp;

interface MiddlewareInterface
{
    public function handle(Envelope $envelope, StackInterface $stack): Envelope;
}

interface StackInterface
{
    public function next(): MiddlewareInterface;
}

final class StackMiddleware implements MiddlewareInterface, StackInterface
{
    private int $offset = 0;

    /** @param list<MiddlewareInterface> $middlewares */
    public function __construct(private readonly array $middlewares) {}

    public function next(): MiddlewareInterface
    {
        return $this->middlewares[$this->offset++] ?? $this;
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        return $envelope;
    }
}

final class HandleMessageMiddleware implements MiddlewareInterface
{
    /** @param array<class-string, callable> $handlers */
    public function __construct(private readonly array $handlers) {}

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $message = $envelope->getMessage();
        $handler = $this->handlers[$message::class] ?? null;
        if ($handler !== null) {
            $envelope = $envelope->with(new HandledStamp($handler($message), get_debug_type($handler)));
        }

        return $stack->next()->handle($envelope, $stack);
    }
}

namespace Symfony\Component\Messenger;

use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackMiddleware;

final class MessageBus
{
    /** @param list<MiddlewareInterface> $middlewares */
    public function __construct(private readonly array $middlewares) {}

    public function dispatch(Envelope $envelope): Envelope
    {
        $stack = new StackMiddleware($this->middlewares);

        return $stack->next()->handle($envelope, $stack);
    }
}
