<?php

declare(strict_types=1);

namespace Laravel\Octane;

use Illuminate\Container\Container;

final class RequestContext
{
    public function __construct(public readonly string $method, public readonly string $uri, public readonly array $json, public readonly array $headers)
    {
    }
}

/** Octane worker stand-in: the booted app serves every request; scoped bindings are flushed after each. */
final class Worker
{
    /** @param \Closure(Container, RequestContext): array $kernel */
    public function __construct(private Container $app, private \Closure $kernel)
    {
    }

    /** @param iterable<RequestContext> $requests */
    public function serve(iterable $requests): void
    {
        foreach ($requests as $request) {
            try {
                ($this->kernel)($this->app, $request);
            } finally {
                $this->app->forgetScopedInstances();
            }
        }
    }
}
