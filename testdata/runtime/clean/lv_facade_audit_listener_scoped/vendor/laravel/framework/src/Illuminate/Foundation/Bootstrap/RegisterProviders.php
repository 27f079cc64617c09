<?php

namespace Illuminate\Foundation\Bootstrap;

use Illuminate\Foundation\Application;

class RegisterProviders
{
    public function bootstrap(Application $app): void
    {
        $app->registerConfiguredProviders();
    }
}
