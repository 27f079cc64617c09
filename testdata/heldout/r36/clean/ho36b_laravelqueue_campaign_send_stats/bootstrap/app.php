<?php

use App\Providers\AppServiceProvider;
use Illuminate\Container\Container;

$app = Container::getInstance();
$provider = new AppServiceProvider($app);
$provider->register();
$provider->boot();

return $app;
