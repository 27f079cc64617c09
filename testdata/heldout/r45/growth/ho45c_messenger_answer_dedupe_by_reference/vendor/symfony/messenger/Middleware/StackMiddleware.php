<?php

namespace Symfony\Component\Messenger\Middleware;

use Symfony\Component\Messenger\Envelope;

class StackMiddleware implements MiddlewareInterface, StackInterface
{
    private int $offset = -1;

    /** @param list<MiddlewareInterface> $middleware */
    public function __construct(private array $middleware = [])
    {
    }

    public function next(): MiddlewareInterface
    {
        return $this->middleware[++$this->offset] ?? $this;
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        return $envelope;
    }
}
