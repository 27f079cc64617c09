<?php

declare(strict_types=1);

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

/** Walks the middleware list once per dispatch. */
final class StackMiddleware implements MiddlewareInterface, StackInterface
{
    private int $offset = 0;

    /** @param list<MiddlewareInterface> $middleware */
    public function __construct(private readonly array $middleware)
    {
    }

    public function next(): MiddlewareInterface
    {
        return $this->middleware[$this->offset++] ?? $this;
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        return $envelope;
    }
}

final class HandleMessageMiddleware implements MiddlewareInterface
{
    /** @param array<class-string, list<callable>> $handlers */
    public function __construct(private readonly array $handlers)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $message = $envelope->getMessage();
        foreach ($this->handlers[$message::class] ?? [] as $handler) {
            $envelope = $envelope->with(new HandledStamp($handler($message), get_debug_type($handler)));
        }

        return $stack->next()->handle($envelope, $stack);
    }
}
