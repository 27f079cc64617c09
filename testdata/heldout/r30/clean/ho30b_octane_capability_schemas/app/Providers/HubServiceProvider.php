<?php

namespace App\Providers;

use App\Services\CapabilitySchemaRegistry;
use Illuminate\Config\Repository;
use Illuminate\Container\Container;

final class HubServiceProvider
{
    public function register(Container $app): void
    {
        $app->singleton('config', fn () => new Repository(['hub' => require __DIR__ . '/../../config/hub.php']));
        $app->singleton('hub.schemas', fn (Container $app) => new CapabilitySchemaRegistry($app->make('config')));
    }
}
