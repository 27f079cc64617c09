<?php
namespace Laravel\Octane;

use Illuminate\Container\Container;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;

/**
 * Stand-in for Octane's worker: boots the application once, pre-resolves
 * the services listed under octane.warm, then serves every request from a
 * clone of that application (the "sandbox") and throws the clone away.
 */
class Worker
{
    protected ?Container $app = null;

    public function __construct(protected \Closure $appFactory)
    {
    }

    public function boot(): void
    {
        $this->app = ($this->appFactory)();
        foreach ($this->app->make('config')->get('octane.warm', []) as $service) {
            $this->app->make($service);
        }
    }

    public function handle(Request $request): JsonResponse
    {
        $sandbox = clone $this->app;
        Container::setInstance($sandbox);
        Facade::clearResolvedInstances();
        Facade::setFacadeApplication($sandbox);

        try {
            return $sandbox->make('http.kernel')->handle($request);
        } catch (\Throwable $e) {
            return new JsonResponse(['message' => 'Server Error'], 500);
        } finally {
            Facade::clearResolvedInstances();
            Facade::setFacadeApplication($this->app);
            Container::setInstance($this->app);
        }
    }
}
