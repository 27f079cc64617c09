<?php

declare(strict_types=1);

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/vendor/laravel/macroable.php';
require __DIR__ . '/src/Tenancy/Tenant.php';
require __DIR__ . '/src/Pricing/PriceFormatter.php';
require __DIR__ . '/src/Http/Middleware/ApplyTenantPricing.php';
require __DIR__ . '/src/Http/PlanController.php';

use App\Http\Middleware\ApplyTenantPricing;
use App\Http\PlanController;
use App\Pricing\PriceFormatter;
use App\Tenancy\TenantDirectory;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Http\Kernel;
use Illuminate\Http\Request;
use Illuminate\Routing\Router;
use Laravel\Octane\Worker;

final class HttpKernel extends Kernel
{
    protected array $middleware = [ApplyTenantPricing::class];
}

$app = new Application();
$app->singleton(TenantDirectory::class, static fn () => new TenantDirectory());
$app->singleton(PriceFormatter::class, static fn () => new PriceFormatter());
$app->singleton(ApplyTenantPricing::class, static fn ($app) => new ApplyTenantPricing($app->make(TenantDirectory::class)));
$app->singleton(PlanController::class, static fn ($app) => new PlanController($app->make(PriceFormatter::class)));
$app->singleton(Router::class, static function ($app) {
    $router = new Router($app);
    $router->get('/pricing/plans', [PlanController::class, 'index'], 'pricing.plans');
    return $router;
});
$app->singleton(Kernel::class, static fn ($app) => new HttpKernel($app, $app->make(Router::class)));

$worker = new Worker($app);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new Request('GET', '/pricing/plans', headers: [
        'host' => sprintf('acme-%d.shop.example', $i),
    ]));
}
