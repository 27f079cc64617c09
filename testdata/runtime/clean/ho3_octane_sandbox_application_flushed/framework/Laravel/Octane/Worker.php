<?php

declare(strict_types=1);

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class CurrentApplication
{
    public static function set(Application $app): void
    {
        Container::setInstance($app);
    }
}

/**
 * Handles each incoming request inside a clone of the booted application.
 */
class Worker
{
    private int $requestCount = 0;

    public function __construct(private Application $app) {}

    public function handle(Request $request): Response
    {
        $sandbox = clone $this->app;
        $sandbox->instance('app', $sandbox);
        $sandbox->instance(Container::class, $sandbox);
        $sandbox->instance('request', $request);
        CurrentApplication::set($sandbox);

        try {
            $kernel = $sandbox->make('http.kernel');
            $response = $kernel->handle($request);
            $this->requestCount++;

            return $response;
        } finally {
            $sandbox->flush();
            CurrentApplication::set($this->app);
        }
    }

    public function requestCount(): int
    {
        return $this->requestCount;
    }
}
