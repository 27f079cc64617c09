<?php

namespace Laravel\Octane;

use Illuminate\Foundation\Application;

class ApplicationFactory
{
    public function __construct(protected string $basePath)
    {
    }

    public function createApplication(): Application
    {
        $app = require $this->basePath . '/bootstrap/app.php';
        $app->boot();

        return $this->warm($app, $app['config']->get('octane.warm', []));
    }

    /** Resolve the configured services once so every request starts with them. */
    public function warm(Application $app, array $services): Application
    {
        foreach ($services as $service) {
            if ($app->bound($service)) {
                $app->make($service);
            }
        }

        return $app;
    }
}
