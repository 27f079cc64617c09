<?php

require_once __DIR__.'/../lib/Illuminate/Container.php';
require_once __DIR__.'/../lib/Illuminate/Foundation.php';
require_once __DIR__.'/../lib/Illuminate/Facade.php';
require_once __DIR__.'/../lib/Sentry/Sentry.php';
require_once __DIR__.'/../lib/Sentry/Laravel/Facade.php';
require_once __DIR__.'/../lib/Laravel/Octane/Worker.php';
require_once __DIR__.'/../app/Services/PickupScheduler.php';
require_once __DIR__.'/../app/Providers/AppServiceProvider.php';
require_once __DIR__.'/../app/Http/Middleware/TagPickupRequest.php';
require_once __DIR__.'/../app/Http/Controllers/PickupController.php';
require_once __DIR__.'/../app/Http/Kernel.php';
foreach (glob(__DIR__.'/../app/Listeners/*.php') as $listener) {
    require_once $listener;
}

$app = new Illuminate\Foundation\Application(dirname(__DIR__));
Illuminate\Support\Facades\Facade::setFacadeApplication($app);
$app->register(App\Providers\AppServiceProvider::class);
$app->boot();

return $app;
