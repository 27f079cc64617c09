<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;

/**
 * Minimal stand-in for Octane's worker: the application is booted once and
 * every request is handed to the same container.
 */
class Worker
{
    private int $handled = 0;

    public function __construct(private Container $app)
    {
    }

    public function handle(Request $request): JsonResponse
    {
        $this->app->instance('request', $request);
        try {
            return $this->app->make(Router::class)->dispatch($request);
        } finally {
            $this->app->forgetInstance('request');
            $this->handled++;
        }
    }

    public function handled(): int
    {
        return $this->handled;
    }
}
