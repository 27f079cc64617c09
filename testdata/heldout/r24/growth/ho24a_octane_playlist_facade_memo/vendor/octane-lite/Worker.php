<?php

declare(strict_types=1);

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;

final class RequestContext
{
    public function __construct(public readonly string $method, public readonly string $uri, public readonly array $route, public readonly array $query = [])
    {
    }
}

/**
 * The part of Octane's worker that matters here: after each request the
 * sandbox forgets scoped instances and the facades' resolved roots.
 */
final class Worker
{
    private int $requestCount = 0;

    /** @param \Closure(RequestContext): array $kernel */
    public function __construct(private readonly Container $app, private readonly \Closure $kernel)
    {
    }

    public function handle(RequestContext $request): array
    {
        try {
            return ($this->kernel)($request);
        } finally {
            $this->requestCount++;
            $this->app->forgetScopedInstances();
            Facade::clearResolvedInstances();
        }
    }
}
