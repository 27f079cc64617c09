<?php

namespace Laravel\Octane;

use Illuminate\Foundation\Application;
use Illuminate\Http\Request;

class Worker
{
    public function __construct(protected Application $app) {}

    public function handle(Request $request): mixed
    {
        try {
            return $this->app->make('router')->dispatch($request);
        } finally {
            $this->app->forgetScopedInstances();
        }
    }
}
