<?php
namespace Laravel\Octane;

use Illuminate\Container\Container;

final class Worker
{
    public function __construct(private Container $app) {}

    public function handle(callable $dispatch, array $request): void
    {
        $dispatch($this->app, $request);
        $this->app->forgetScopedInstances();
    }
}
