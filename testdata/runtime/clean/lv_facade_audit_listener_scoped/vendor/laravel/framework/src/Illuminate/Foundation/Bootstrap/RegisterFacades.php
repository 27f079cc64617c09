<?php

namespace Illuminate\Foundation\Bootstrap;

use Illuminate\Foundation\Application;
use Illuminate\Support\Facades\Facade;

class RegisterFacades
{
    public function bootstrap(Application $app): void
    {
        Facade::clearResolvedInstances();
        Facade::setFacadeApplication($app);
    }
}
