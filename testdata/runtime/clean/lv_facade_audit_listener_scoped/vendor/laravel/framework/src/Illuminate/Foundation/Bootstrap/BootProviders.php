<?php

namespace Illuminate\Foundation\Bootstrap;

use Illuminate\Foundation\Application;

class BootProviders
{
    public function bootstrap(Application $app): void
    {
        $app->boot();
    }
}
