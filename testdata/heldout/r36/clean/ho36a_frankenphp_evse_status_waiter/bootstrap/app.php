<?php

use App\Services\EvseStatusFeed;
use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;

$app = Container::getInstance();
$app->singleton('ocpi.evse-feed', static fn () => new EvseStatusFeed());
Facade::setFacadeApplication($app);

return $app;
