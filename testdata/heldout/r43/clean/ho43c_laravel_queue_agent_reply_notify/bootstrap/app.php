<?php

use App\Providers\AppServiceProvider;
use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;

$app = Container::getInstance();
Facade::setFacadeApplication($app);
(new AppServiceProvider($app))->register();

return $app;
