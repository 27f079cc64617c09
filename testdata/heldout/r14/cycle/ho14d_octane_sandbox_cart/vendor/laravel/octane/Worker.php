<?php

namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class CurrentApplication
{
    public static function set(Application $app): void
    {
        $app->instance('app', $app); // leak
        $app->instance(Container::class, $app);

        Container::setInstance($app);
    }
}

/**
 * Trimmed Octane worker, as it was before the sandbox was flushed at the end
 * of every request.
 */
class Worker
{
    private int $requestCount = 0;

    public function __construct(private readonly Application $app, private readonly string $kernelClass)
    {
    }

    public function handle(Request $request): Response
    {
        CurrentApplication::set($sandbox = clone $this->app);

        try {
            $sandbox->instance('request', $request);
            $kernel = $sandbox->make($this->kernelClass);

            return $kernel->handle($request);
        } finally {
            $this->requestCount++;

            unset($sandbox, $kernel);

            CurrentApplication::set($this->app);
        }
    }
}
