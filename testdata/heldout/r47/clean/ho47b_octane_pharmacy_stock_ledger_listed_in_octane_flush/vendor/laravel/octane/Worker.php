<?php

namespace Laravel\Octane;

use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Facade;

/**
 * Stand-in for Octane's worker: the application is booted once and serves
 * every request of the worker's life. Between two requests it forgets the
 * scoped instances and the bindings listed under octane.flush, and clears
 * the facades' cached roots for them.
 */
final class Worker
{
    public function __construct(private Application $app)
    {
    }

    public function handle(Request $request): mixed
    {
        try {
            return $this->app->make(Router::class)->dispatch($request);
        } finally {
            $this->flush();
        }
    }

    private function flush(): void
    {
        $this->app->forgetScopedInstances();
        $config = $this->app->make('config.octane');
        foreach ($config['flush'] ?? [] as $binding) {
            $this->app->forgetInstance($binding);
            Facade::clearResolvedInstance($binding);
        }
    }
}
