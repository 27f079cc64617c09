<?php

namespace Laravel\Octane;

use Illuminate\Contracts\Http\Kernel as HttpKernelContract;
use Illuminate\Foundation\Application;

class ApplicationFactory
{
    public function __construct(protected string $basePath)
    {
    }

    public function createApplication(array $initialInstances = []): Application
    {
        $app = require $this->basePath . '/bootstrap/app.php';
        foreach ($initialInstances as $key => $value) {
            $app->instance($key, $value);
        }
        $app->make(HttpKernelContract::class)->bootstrap();
        return $this->warm($app);
    }

    public function warm(Application $app, array $services = []): Application
    {
        foreach ($services ?: $app->make('config')->get('octane.warm', []) as $service) {
            if (is_string($service) && $app->bound($service)) {
                $app->make($service);
            }
        }
        return $app;
    }
}
