<?php

use App\Http\Controllers\OrderController;
use App\Http\Middleware\WriteAuditLog;
use App\Providers\AppServiceProvider;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Kernel;

$app = new Application(dirname(__DIR__));

$app->bootstrapWith([
    'app' => ['name' => 'orders', 'env' => 'production'],
    'audit' => require $app->basePath('config/audit.php'),
    'octane' => require $app->basePath('config/octane.php'),
], [
    AppServiceProvider::class,
]);

$app->bind(Kernel::class, static function (Application $app): Kernel {
    return new Kernel(
        $app,
        [WriteAuditLog::class],
        static fn (Application $app, $request) => $app->make(OrderController::class)->show($request),
    );
});

return $app;
