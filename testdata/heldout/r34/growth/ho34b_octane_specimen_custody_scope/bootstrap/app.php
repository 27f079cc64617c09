<?php

declare(strict_types=1);

use App\Custody\CustodyLedger;
use App\Custody\StorageRequirements;
use App\Exceptions\Handler;
use App\Http\Controllers\SpecimenHandoffController;
use App\Http\Kernel;
use App\Http\Middleware\OpenCustodyScope;
use Illuminate\Container\Container;
use Illuminate\Support\Facades\Facade;

$app = Container::setInstance(new Container());

$app->singleton('custody.ledger', static fn () => new CustodyLedger('BIOBANK-NORD'));
$app->singleton(Handler::class, static fn () => new Handler());
$app->singleton('http.kernel', static fn (Container $c) => new Kernel(
    new OpenCustodyScope(),
    new SpecimenHandoffController(new StorageRequirements()),
    $c->make(Handler::class),
));

Facade::setFacadeApplication($app);

return $app;
