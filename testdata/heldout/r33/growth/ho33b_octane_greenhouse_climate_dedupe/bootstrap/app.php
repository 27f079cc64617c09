<?php

require __DIR__ . '/../vendor/laravel/framework/src/Illuminate/Container/Container.php';
require __DIR__ . '/../vendor/laravel/framework/src/Illuminate/Support/Facades/Facade.php';
require __DIR__ . '/../vendor/laravel/framework/src/Illuminate/Http/Request.php';
require __DIR__ . '/../vendor/laravel/framework/src/Illuminate/Http/JsonResponse.php';
require __DIR__ . '/../vendor/laravel/octane/src/Worker.php';
require __DIR__ . '/../app/Climate/ClimateSnapshot.php';
require __DIR__ . '/../app/Climate/ClimateKey.php';
require __DIR__ . '/../app/Climate/ZoneClimateCache.php';
require __DIR__ . '/../app/Facades/Climate.php';
require __DIR__ . '/../app/Http/Controllers/ClimateReadingController.php';
require __DIR__ . '/../app/Providers/ClimateServiceProvider.php';

use App\Http\Controllers\ClimateReadingController;
use App\Providers\ClimateServiceProvider;
use Illuminate\Container\Container;
use Laravel\Octane\Worker;

$app = Container::setInstance(new Container());
(new ClimateServiceProvider($app, require __DIR__ . '/../config/greenhouses.php'))->register();

$worker = new Worker($app);
$worker->route('POST', 'api/sites/{site}/zones/{zone}/climate', static function ($request) use ($app) {
    return $app->make(ClimateReadingController::class)->store($request);
});

return [$app, $worker];
