<?php

use App\Providers\PharmacyServiceProvider;
use Illuminate\Foundation\Application;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Facade;

$base = dirname(__DIR__);
require $base . '/vendor/laravel/framework/Container.php';
require $base . '/vendor/laravel/framework/Foundation.php';
require $base . '/vendor/laravel/octane/Worker.php';
require $base . '/app/Pharmacy/FormularyCatalog.php';
require $base . '/app/Pharmacy/DispenseLine.php';
require $base . '/app/Pharmacy/StockLedger.php';
require $base . '/app/Pharmacy/Pharmacy.php';
require $base . '/app/Providers/PharmacyServiceProvider.php';
require $base . '/app/Http/DispensePrescriptionController.php';

$app = new Application($base);
$app->instance('config.octane', require $base . '/config/octane.php');
$router = new Router($app);
$app->instance(Router::class, $router);
require $base . '/routes/web.php';
Facade::setFacadeApplication($app);
$app->register(new PharmacyServiceProvider($app));
$app->boot();

return $app;
