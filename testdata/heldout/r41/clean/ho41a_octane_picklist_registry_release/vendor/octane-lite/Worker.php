<?php

namespace OctaneLite;

final class Worker
{
    public function __construct(private Container $app, private \Closure $kernel)
    {
    }

    public function handle(array $request): array
    {
        $response = ($this->kernel)($request, $this->app);
        // Octane flushes request-scoped state here; singletons survive.
        return $response;
    }
}
