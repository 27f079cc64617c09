<?php
namespace Symfony\Component\Messenger\Middleware;

use Symfony\Component\Messenger\Envelope;

class StackMiddleware implements MiddlewareInterface, StackInterface
{
    private int $offset = 0;

    /** @param list<MiddlewareInterface> $middlewares */
    public function __construct(private array $middlewares = [])
    {
    }

    public function next(): MiddlewareInterface
    {
        return $this->middlewares[$this->offset++] ?? $this;
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        return $envelope;
    }
}
