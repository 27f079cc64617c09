<?php

namespace Acme\Runtime;

/** A worker runtime (library code): it calls the handler once per request. */
final class Worker
{
    public function __construct(private \Closure $handler)
    {
    }

    /** @param iterable<array<string, mixed>> $requests */
    public function serve(iterable $requests): void
    {
        foreach ($requests as $request) {
            ($this->handler)($request);
        }
    }
}
