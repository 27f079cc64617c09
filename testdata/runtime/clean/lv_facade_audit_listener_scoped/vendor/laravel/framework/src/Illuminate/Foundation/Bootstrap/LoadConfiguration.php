<?php

namespace Illuminate\Foundation\Bootstrap;

use Illuminate\Config\Repository;
use Illuminate\Foundation\Application;

class LoadConfiguration
{
    public function bootstrap(Application $app): void
    {
        $app->instance('config', $config = new Repository([]));
        foreach (glob($app->configPath('*.php')) as $file) {
            $config->set(basename($file, '.php'), require $file);
        }
    }
}
