<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\Request;

/** Stand-in for Laravel Octane's worker: boots the application once, then serves requests from the client. */
final class Worker
{
    public function __construct(private readonly \Closure $boot, private readonly \Closure $kernel)
    {
    }

    public function run(\Closure $nextRequest): void
    {
        $app = ($this->boot)();
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $limit; $i++) {
            /** @var Request $request */
            $request = $nextRequest($i);
            ($this->kernel)($app, $request);
        }
    }
}
