<?php

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/app/Services/ThemeCompiler.php';
require __DIR__ . '/app/Services/BrandingProfile.php';
require __DIR__ . '/app/Services/BrandingService.php';
require __DIR__ . '/app/Facades/Branding.php';
require __DIR__ . '/app/Providers/AppServiceProvider.php';
require __DIR__ . '/app/Http/Controllers/StorefrontController.php';

use App\Http\Controllers\StorefrontController;
use App\Providers\AppServiceProvider;
use Illuminate\Foundation\Application;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Facade;
use Laravel\Octane\Worker;

$app = new Application(__DIR__);
$app->loadConfig('octane');
$app->register(new AppServiceProvider($app));
Facade::setFacadeApplication($app);

foreach ((array) $app->config('octane.warm', []) as $service) {
    $app->make($service);
}

$worker = new Worker($app, static function (Application $app, Request $request) {
    return (new StorefrontController())->home($request);
});

// Every pull request gets its own preview storefront: pr-<n>.preview.shop.test.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request("pr-{$i}.preview.shop.test", '/');
    $response = $worker->handle($request);
    unset($request, $response);
}
