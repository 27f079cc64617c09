<?php

use App\Http\Kernel;
use App\Services\Pricing\PricingEngine;
use App\Services\Pricing\RuleRepository;
use Illuminate\Config\Repository;
use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;

$app = new Container();
Container::setInstance($app);
Facade::setFacadeApplication($app);

$app->instance('config', new Repository([
    'octane' => require __DIR__ . '/../config/octane.php',
    'fleet' => require __DIR__ . '/../config/fleet.php',
]));

$app->singleton(RuleRepository::class);
$app->singleton(PricingEngine::class);
$app->singleton('pricing', static fn (Container $c) => $c->make(PricingEngine::class));
$app->singleton('http.kernel', static fn (Container $c) => $c->build(Kernel::class));

return $app;
