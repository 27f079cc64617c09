<?php
// Stand-in for Laravel\Octane\Worker: the app is booted once and every
// request the server hands over goes through the same application.

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\Request;

final class Worker
{
    /** @param \Closure(Request): mixed $kernel */
    public function __construct(
        private readonly Container $app,
        private readonly \Closure $kernel,
    ) {
    }

    public function handle(Request $request): mixed
    {
        return ($this->kernel)($request);
    }
}
