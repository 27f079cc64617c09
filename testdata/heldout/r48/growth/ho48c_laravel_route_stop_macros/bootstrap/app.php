<?php

require_once __DIR__.'/../lib/Illuminate/Container.php';
require_once __DIR__.'/../lib/Illuminate/Foundation.php';
require_once __DIR__.'/../lib/Illuminate/Config.php';
require_once __DIR__.'/../lib/Illuminate/Support/Traits/Macroable.php';
require_once __DIR__.'/../lib/Illuminate/Support/Collection.php';
require_once __DIR__.'/../lib/Illuminate/Support/Str.php';
require_once __DIR__.'/../lib/Illuminate/Queue/Worker.php';
require_once __DIR__.'/../app/Support/RouteSheetPrinter.php';
require_once __DIR__.'/../app/Support/TonightsRoutes.php';
require_once __DIR__.'/../app/Jobs/PlanDeliveryRoute.php';
require_once __DIR__.'/../app/Providers/AppServiceProvider.php';

$app = new Illuminate\Foundation\Application(dirname(__DIR__));
$app->register(App\Providers\AppServiceProvider::class);
$app->boot();

return $app;
