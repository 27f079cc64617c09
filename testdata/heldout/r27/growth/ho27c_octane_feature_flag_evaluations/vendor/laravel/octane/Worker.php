<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\JsonResponse;

/**
 * Stand-in for the Octane worker: the application container is booted once
 * and every request is dispatched to the route's controller in a loop.
 */
final class Worker
{
    private int $bytesSent = 0;

    /** @param \Closure(int): \Illuminate\Http\Request $nextRequest */
    public function __construct(private Container $app, private \Closure $nextRequest)
    {
    }

    public function run(int $requests): void
    {
        for ($i = 0; $i < $requests; $i++) {
            $request = ($this->nextRequest)($i);
            $controller = $this->app->make(\App\Http\Controllers\CheckoutSummaryController::class);
            $response = $controller($request);
            \assert($response instanceof JsonResponse);
            $this->bytesSent += strlen($response->getContent());
        }
    }
}
