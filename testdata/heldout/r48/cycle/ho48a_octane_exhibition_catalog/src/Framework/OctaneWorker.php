<?php

namespace Framework;

/**
 * Stand-in for Laravel\Octane\Worker: the application is booted once and
 * every request of the worker's life goes through handle().
 */
final class OctaneWorker
{
    private int $handled = 0;

    public function __construct(private readonly Application $app)
    {
    }

    public function handle(Request $request): Response
    {
        $controller = $this->app->make(\App\Http\ExhibitionController::class);
        $response = $controller->show($request);
        $this->handled++;

        return $response;
    }
}
