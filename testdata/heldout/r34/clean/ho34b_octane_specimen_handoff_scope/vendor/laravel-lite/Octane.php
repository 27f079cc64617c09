<?php

declare(strict_types=1);

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;

/** The part of Octane's Worker that matters here: one app, many requests. */
final class Worker
{
    public function __construct(private readonly Container $app)
    {
    }

    public function handle(Request $request): JsonResponse
    {
        $kernel = $this->app->make('http.kernel');
        try {
            return $kernel->handle($request);
        } finally {
            // Octane's RequestTerminated listeners: flush scoped bindings and facades
            $this->app->forgetScopedInstances();
            Facade::clearResolvedInstances();
        }
    }
}
